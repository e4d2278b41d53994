import { placeholderNames, placeholderPattern } from './logs'
import { compileModel, parseHostName } from './model'
import { actionSchema, actionTypes, type LogTemplate, type Scenario } from './schema'
import { formatDuration } from './time'

/** A problem with a scenario, pointing at the value it concerns (a path into scenario.yaml). */
export interface ScenarioIssue {
  path: (string | number)[]
  message: string
}

/** Highest utilisation a cell may run at before anything breaks: above it, latency is already unstable. */
export const MAX_BASELINE_UTILISATION = 0.85

/**
 * Checks what the schema cannot: references between sections, the call graph has no cycles, every fault
 * can begin, capacities are sane. Run on a scenario that passed `scenarioSchema`; an empty list means the
 * engine can run it.
 */
export function validateScenario(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = []
  const at = (path: (string | number)[], message: string) => issues.push({ path, message })

  const unique = (
    section: string,
    items: { id?: string; name?: string }[],
    field: 'id' | 'name' = 'id',
  ) => {
    const seen = new Map<string, number>()
    items.forEach((item, i) => {
      const value = item[field]!
      if (seen.has(value))
        at(
          [section, i, field],
          `${field} "${value}" is already used by ${section}[${seen.get(value)}]`,
        )
      else seen.set(value, i)
    })
    return seen
  }
  const regions = unique('regions', scenario.regions)
  const teams = unique('teams', scenario.teams)
  const services = unique('services', scenario.services)
  const flags = unique('flags', scenario.flags, 'name')
  const changes = unique('changes', scenario.changes)
  const faults = unique('faults', scenario.faults)
  unique('alerts', scenario.alerts)
  const customs = unique('actions', scenario.actions.custom)
  const serviceDef = (id: string) => scenario.services.find((service) => service.id === id)

  const given = scenario.regions.filter((region) => region.traffic !== undefined)
  const shareSum = given.reduce((sum, region) => sum + region.traffic!, 0)
  if (shareSum > 1.001)
    at(['regions'], `region traffic shares add up to ${shareSum.toFixed(2)}; they must add up to 1`)
  if (given.length === scenario.regions.length && Math.abs(shareSum - 1) > 0.01)
    at(['regions'], `region traffic shares add up to ${shareSum.toFixed(2)}; they must add up to 1`)

  const checkTemplates = (templates: LogTemplate[], path: (string | number)[]) =>
    templates.forEach((template, i) => {
      for (const match of template.text.matchAll(placeholderPattern)) {
        if (!(placeholderNames as readonly string[]).includes(match[1]))
          at(
            [...path, i, 'text'],
            `unknown placeholder {${match[1]}}; use one of ${placeholderNames.map((n) => `{${n}}`).join(', ')}`,
          )
      }
      if (template.when?.service !== undefined && !services.has(template.when.service))
        at([...path, i, 'when', 'service'], `unknown service "${template.when.service}"`)
    })
  const checkText = (text: string, path: (string | number)[]) => {
    for (const match of text.matchAll(placeholderPattern)) {
      if (!(placeholderNames as readonly string[]).includes(match[1]))
        at(
          path,
          `unknown placeholder {${match[1]}}; use one of ${placeholderNames.map((n) => `{${n}}`).join(', ')}`,
        )
    }
  }

  scenario.services.forEach((service, s) => {
    const path = ['services', s]
    const serviceRegions = service.regions ?? scenario.regions.map((region) => region.id)
    service.regions?.forEach((region, r) => {
      if (!regions.has(region)) at([...path, 'regions', r], `unknown region "${region}"`)
    })
    if (typeof service.hosts === 'object') {
      for (const region of Object.keys(service.hosts))
        if (!serviceRegions.includes(region))
          at([...path, 'hosts'], `hosts names region "${region}", where ${service.id} does not run`)
      for (const region of serviceRegions)
        if (service.hosts[region] === undefined)
          at([...path, 'hosts'], `hosts gives no count for ${region}`)
    }
    const hasHosts =
      typeof service.hosts === 'number'
        ? service.hosts > 0
        : Object.values(service.hosts).some((n) => n > 0)
    if (hasHosts && service.capacity === undefined)
      at(
        [...path],
        `${service.id} has hosts, so it needs a capacity (requests per second one host serves)`,
      )
    if (service.team !== undefined && !teams.has(service.team))
      at([...path, 'team'], `unknown team "${service.team}"`)
    service.dependencies.forEach((dep, d) => {
      const depPath = [...path, 'dependencies', d]
      if (!services.has(dep.service))
        at([...depPath, 'service'], `unknown service "${dep.service}"`)
      else if (dep.service === service.id)
        at([...depPath, 'service'], `${service.id} cannot depend on itself`)
      if (dep.cachedBy !== undefined) {
        const cache = serviceDef(dep.cachedBy)
        if (!cache) at([...depPath, 'cachedBy'], `unknown service "${dep.cachedBy}"`)
        else if (!cache.cache)
          at([...depPath, 'cachedBy'], `${dep.cachedBy} is not a cache (give it a cache: section)`)
        else if (!service.dependencies.some((other) => other.service === dep.cachedBy))
          at(
            [...depPath, 'cachedBy'],
            `${service.id} must also list ${dep.cachedBy} as a dependency (usually critical: false)`,
          )
        if (dep.hitRatio === undefined) at(depPath, 'cachedBy needs a hitRatio')
      } else if (dep.hitRatio !== undefined)
        at([...depPath, 'hitRatio'], 'hitRatio only applies with cachedBy')
    })
    checkTemplates(service.logs, [...path, 'logs'])
    if (
      service.slo &&
      !service.entry &&
      !scenario.services.some((other) =>
        other.dependencies.some((dep) => dep.service === service.id),
      )
    )
      at([...path, 'slo'], `${service.id} has an SLO but receives no traffic`)
  })
  if (!scenario.services.some((service) => service.entry))
    at(['services'], 'no service has entry traffic (give one an entry: section)')
  if (!scenario.services.some((service) => service.slo))
    at(
      ['services'],
      'no service has an slo: impact and mitigation are measured on the services that have one',
    )

  const cycle = findCycle(scenario)
  if (cycle)
    at(
      ['services', scenario.services.findIndex((s) => s.id === cycle[0]), 'dependencies'],
      `services call each other in a cycle: ${cycle.join(' → ')}`,
    )

  scenario.teams.forEach((team, t) =>
    team.fixes.forEach((fault, f) => {
      if (!faults.has(fault)) at(['teams', t, 'fixes', f], `unknown fault "${fault}"`)
    }),
  )
  scenario.flags.forEach((flag, f) => {
    if (flag.service !== undefined && !services.has(flag.service))
      at(['flags', f, 'service'], `unknown service "${flag.service}"`)
  })
  scenario.changes.forEach((change, c) => {
    const path = ['changes', c]
    if (change.service !== undefined && !services.has(change.service))
      at([...path, 'service'], `unknown service "${change.service}"`)
    if (change.kind === 'flag') {
      if (change.flag === undefined) at(path, 'a flag change names its flag')
      else if (!flags.has(change.flag)) at([...path, 'flag'], `unknown flag "${change.flag}"`)
    } else if (change.flag !== undefined || change.value !== undefined)
      at([...path, 'flag'], 'flag and value only apply to kind: flag')
    if ((change.kind === 'deploy' || change.kind === 'config') && change.service === undefined)
      at(path, `a ${change.kind} change names its service`)
    if (change.kind === 'deploy' && change.version === undefined)
      at(path, 'a deploy names the version it deploys')
    if (
      change.kind === 'deploy' &&
      change.service !== undefined &&
      serviceDef(change.service) &&
      !serviceDef(change.service)!.version
    )
      at(
        [...path, 'version'],
        `${change.service} needs a version (the one running before this deploy)`,
      )
  })

  const startedByRules = new Set(scenario.actions.rules.flatMap((rule) => rule.starts))
  scenario.faults.forEach((fault, f) => {
    const path = ['faults', f]
    const service = serviceDef(fault.target.service)
    if (!service) at([...path, 'target', 'service'], `unknown service "${fault.target.service}"`)
    if (fault.target.region !== undefined) {
      if (!regions.has(fault.target.region))
        at([...path, 'target', 'region'], `unknown region "${fault.target.region}"`)
      else if (service?.regions && !service.regions.includes(fault.target.region))
        at([...path, 'target', 'region'], `${service.id} does not run in ${fault.target.region}`)
    }
    if (fault.start !== undefined && fault.change !== undefined)
      at([...path, 'change'], 'give start or change, not both')
    if (fault.change !== undefined && !changes.has(fault.change))
      at([...path, 'change'], `unknown change "${fault.change}"`)
    if (fault.flag !== undefined && !flags.has(fault.flag))
      at([...path, 'flag'], `unknown flag "${fault.flag}"`)
    if (fault.start === undefined && fault.change === undefined && !startedByRules.has(fault.id))
      at(path, 'it never begins: give it a start, a change, or a rule that starts it')
    if (fault.end !== undefined && fault.start !== undefined && fault.end <= fault.start)
      at([...path, 'end'], 'end must come after start')
    if (Object.keys(fault.effects).length === 0)
      at([...path, 'effects'], 'a fault needs at least one effect')
    if (fault.effects.flushCache && service && !service.cache)
      at([...path, 'effects', 'flushCache'], `${service.id} is not a cache`)
    checkTemplates(fault.logs, [...path, 'logs'])
  })

  scenario.alerts.forEach((alert, a) => {
    const service = serviceDef(alert.service)
    if (!service) at(['alerts', a, 'service'], `unknown service "${alert.service}"`)
    if (alert.region !== undefined && !regions.has(alert.region))
      at(['alerts', a, 'region'], `unknown region "${alert.region}"`)
    else if (
      alert.region !== undefined &&
      service?.regions &&
      !service.regions.includes(alert.region)
    )
      at(['alerts', a, 'region'], `${service.id} does not run in ${alert.region}`)
  })
  if (!scenario.alerts.some((alert) => alert.severity === 'page'))
    at(['alerts'], 'at least one alert must have severity: page (it pages the candidate)')
  scenario.dashboards.forEach((service, d) => {
    if (!services.has(service)) at(['dashboards', d], `unknown service "${service}"`)
  })

  const checkVariants = (variants: { fault: string }[], path: (string | number)[]) =>
    variants.forEach((variant, v) => {
      if (!faults.has(variant.fault)) at([...path, v, 'fault'], `unknown fault "${variant.fault}"`)
    })
  scenario.diagnostics.forEach((diagnostic, d) => {
    if (diagnostic.service !== undefined && !services.has(diagnostic.service))
      at(['diagnostics', d, 'service'], `unknown service "${diagnostic.service}"`)
    checkText(diagnostic.output, ['diagnostics', d, 'output'])
    checkVariants(diagnostic.variants, ['diagnostics', d, 'variants'])
  })

  const costTypes = actionTypes.filter((type) => type !== 'wait' && type !== 'custom')
  for (const type of Object.keys(scenario.actions.costs))
    if (!(costTypes as string[]).includes(type))
      at(['actions', 'costs', type], `unknown action "${type}" (one of ${costTypes.join(', ')})`)
  scenario.actions.custom.forEach((custom, c) =>
    checkVariants(custom.variants, ['actions', 'custom', c, 'variants']),
  )
  scenario.actions.rules.forEach((rule, r) => {
    const path = ['actions', 'rules', r]
    const option = actionSchema.options.find(
      (candidate) => candidate.shape.type.value === rule.match.type,
    )
    if (!option) {
      at(
        [...path, 'match', 'type'],
        `unknown action type "${rule.match.type}" (one of ${actionTypes.join(', ')})`,
      )
    } else {
      const fields = new Set(Object.keys(option.shape))
      if ('host' in option.shape) fields.add('service').add('region')
      for (const key of Object.keys(rule.match))
        if (!fields.has(key))
          at(
            [...path, 'match', key],
            `${rule.match.type} has no field "${key}" (fields: ${[...fields].join(', ')})`,
          )
      if (
        rule.match.type === 'custom' &&
        typeof rule.match.id === 'string' &&
        !customs.has(rule.match.id)
      )
        at([...path, 'match', 'id'], `unknown custom action "${rule.match.id}"`)
      for (const key of ['service', 'dependency'] as const) {
        const value = rule.match[key]
        for (const id of Array.isArray(value) ? value : value === undefined ? [] : [value])
          if (typeof id === 'string' && !services.has(id))
            at([...path, 'match', key], `unknown service "${id}"`)
      }
    }
    const check = (list: string[], field: 'starts' | 'resolves') =>
      list.forEach((id, i) => {
        if (!faults.has(id)) at([...path, field, i], `unknown fault "${id}"`)
        else if (
          field === 'starts' &&
          scenario.faults.find((fault) => fault.id === id)!.change !== undefined
        )
          at([...path, field, i], `fault ${id} rides on a change; a rule cannot start it`)
      })
    check(rule.starts, 'starts')
    check(rule.resolves, 'resolves')
  })

  const communication = scenario.communication
  communication.page.forEach((team, t) => {
    if (!teams.has(team)) at(['communication', 'page', t], `unknown team "${team}"`)
  })
  communication.optionalPages.forEach((team, t) => {
    if (!teams.has(team)) at(['communication', 'optionalPages', t], `unknown team "${team}"`)
  })
  if (scenario.scoring.mitigateWithin >= scenario.scoring.mitigateBy)
    at(['scoring', 'mitigateBy'], 'mitigateBy must be later than mitigateWithin')
  if (scenario.scoring.mitigateBy > scenario.clock.timeLimit)
    at(
      ['scoring', 'mitigateBy'],
      `mitigateBy must be within the time limit (${formatDuration(scenario.clock.timeLimit)})`,
    )
  const options = new Set<string>()
  scenario.rootCause.options.forEach((option, o) => {
    if (options.has(option.id))
      at(['rootCause', 'options', o, 'id'], `option id "${option.id}" is used twice`)
    options.add(option.id)
  })
  if (!options.has(scenario.rootCause.correct))
    at(['rootCause', 'correct'], `"${scenario.rootCause.correct}" is not one of the options`)

  if (issues.length === 0) {
    const model = compileModel(scenario)
    scenario.faults.forEach((fault, f) => {
      if (fault.target.host === undefined) return
      const host = parseHostName(model, fault.target.host)
      const owner = host ? model.services[model.cells[host.cell].service].id : undefined
      const region = host ? model.regions[model.cells[host.cell].region] : undefined
      if (
        !host ||
        owner !== fault.target.service ||
        (fault.target.region !== undefined && region !== fault.target.region)
      )
        at(
          ['faults', f, 'target', 'host'],
          `"${fault.target.host}" is not a host of ${fault.target.service}${fault.target.region ? ` in ${fault.target.region}` : ''} (hosts are named like ${fault.target.service}-${scenario.regions[0].short ?? scenario.regions[0].id}-01)`,
        )
    })
    for (const cell of model.cells) {
      if (cell.u0 > MAX_BASELINE_UTILISATION) {
        const s = cell.service
        at(
          ['services', s, 'capacity'],
          `${model.services[s].id} runs at ${Math.round(cell.u0 * 100)}% of its capacity in ${model.regions[cell.region]} before anything breaks (${Math.round(cell.nominalLoad)} req/s); give it more hosts or capacity (at most ${Math.round(MAX_BASELINE_UTILISATION * 100)}%)`,
        )
      }
    }
  }
  return issues
}

function findCycle(scenario: Scenario): string[] | undefined {
  const deps = new Map(
    scenario.services.map((service) => [
      service.id,
      service.dependencies.map((dep) => dep.service),
    ]),
  )
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id]
    state.set(id, 'visiting')
    stack.push(id)
    for (const next of deps.get(id) ?? []) {
      if (next === id || !deps.has(next)) continue
      const cycle = visit(next)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(id, 'done')
    return undefined
  }
  for (const service of scenario.services) {
    const cycle = visit(service.id)
    if (cycle) return cycle
  }
  return undefined
}
