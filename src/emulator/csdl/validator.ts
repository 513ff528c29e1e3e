// Request bodies are checked against the official metadata before a handler runs, so that what
// passes here is what real Graph accepts: unknown properties, wrong enum values, wrong primitive
// types, nulls where not allowed — each a 400 naming the property.
//
// Note: Graph declares some types OpenType (event, for one), yet Outlook still rejects unknown
// properties on them; we reject them everywhere, as the service does.
import { GraphError } from '../http/errors';
import { csdlModel, derivesFrom, findAction, findProperty, type CsdlModel, type EnumTypeDef, type PropertyDef, type StructuredType } from './model';

const NS = 'microsoft.graph';

/** Validate a body as an instance of an entity/complex type, e.g. 'microsoft.graph.event'. */
export function validateEntityBody(typeName: string, body: unknown, errorCode = 'RequestBodyRead'): void {
  const model = csdlModel();
  new Walker(model, errorCode).structured(body, qualified(typeName), '');
}

/** Validate a body as the parameters of a bound action, e.g. findMeetingTimes bound to user. */
export function validateActionBody(actionName: string, bindingType: string, body: unknown, errorCode = 'RequestBodyRead'): void {
  const model = csdlModel();
  const action = findAction(model, qualified(actionName), qualified(bindingType));
  if (!action) throw new Error(`No action ${actionName} bound to ${bindingType} in the metadata`);
  const w = new Walker(model, errorCode);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw w.fail(`The parameters of action '${action.name}' must be a JSON object.`);
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key.includes('@')) continue;
    // Graph matches action parameter names in any case (its docs show "schedules" and "Schedules").
    const param = action.parameters.get(key) ?? [...action.parameters.values()].find((p) => p.name.toLowerCase() === key.toLowerCase());
    if (!param) throw w.fail(`The parameter '${key}' in the request payload is not a valid parameter for the operation '${action.name.slice(NS.length + 1)}'.`);
    const canonical = w.value(value, param, key);
    if (canonical !== value) (body as Record<string, unknown>)[key] = canonical;
  }
}

const qualified = (name: string) => (name.startsWith(`${NS}.`) || name.startsWith('Edm.') ? name : `${NS}.${name}`);

class Walker {
  constructor(
    private readonly model: CsdlModel,
    private readonly code: string,
  ) {}

  fail(message: string) {
    return new GraphError(400, this.code, message);
  }

  structured(value: unknown, typeName: string, path: string): void {
    let type = this.model.types.get(typeName) as StructuredType | undefined;
    if (!type || type.kind === ('enum' as string)) throw new Error(`Unknown structured type ${typeName}`);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw this.fail(`${path ? `The property '${path}'` : 'The request body'} must be a JSON object of type '${typeName}'${describe(value)}.`);
    }
    const obj = value as Record<string, unknown>;
    const odataType = obj['@odata.type'];
    if (odataType !== undefined) {
      const name = typeof odataType === 'string' ? odataType.replace(/^#/, '') : '';
      const derived = this.model.types.get(qualified(name)) as StructuredType | undefined;
      if (!derived || derived.kind === ('enum' as string))
        throw this.fail(`A type named '${name}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
      if (!derivesFrom(this.model, derived.fullName, type.fullName)) {
        throw this.fail(
          `The type '${derived.fullName}' is not compatible with the expected type '${type.fullName}'${path ? ` of the property '${path}'` : ''}.`,
        );
      }
      type = derived;
    }
    for (const [key, v] of Object.entries(obj)) {
      // Instance and property annotations: @odata.type, x@odata.bind, @microsoft.graph.conflictBehavior …
      if (key.includes('@')) continue;
      const prop = findProperty(this.model, type, key);
      if (!prop) {
        throw this.fail(
          `The property '${key}' does not exist on type '${type.fullName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        );
      }
      const canonical = this.value(v, prop, path ? `${path}.${key}` : key);
      // Graph stores (and answers with) the canonical form of what it converted: "HTML" → "html", "false" → false.
      if (canonical !== v) obj[key] = canonical;
    }
  }

  /** Checks `v` against the property and returns it in canonical form (the same value when nothing was converted). */
  value(v: unknown, prop: PropertyDef, path: string): unknown {
    const coll = /^Collection\((.+)\)$/.exec(prop.type);
    if (v === null) {
      if (!prop.nullable)
        throw this.fail(
          `A null value was found for the property named '${path}', which has the expected type '${prop.type}[Nullable=False]'. The expected type '${prop.type}[Nullable=False]' does not allow null values.`,
        );
      return v;
    }
    if (coll) {
      if (!Array.isArray(v)) throw this.fail(`The property '${path}' expects a value of type '${prop.type}'${describe(v)}. A 'StartArray' node was expected.`);
      v.forEach((item, i) => {
        const canonical = this.single(item, coll[1]!, `${path}[${i}]`, prop.nullable);
        if (canonical !== item) v[i] = canonical;
      });
      return v;
    }
    return this.single(v, prop.type, path, prop.nullable);
  }

  private single(v: unknown, typeName: string, path: string, nullable: boolean): unknown {
    if (v === null) {
      if (!nullable) throw this.fail(`A null value was found for the property named '${path}', which does not allow null values.`);
      return v;
    }
    if (typeName.startsWith('Edm.')) return this.primitive(v, typeName, path);
    const type = this.model.types.get(typeName);
    if (!type) return v; // a type outside the model (e.g. graph.Json): anything goes
    if (type.kind === 'enum') return this.enumValue(v, type, path);
    this.structured(v, typeName, path);
    return v;
  }

  /**
   * Enum members in any case, as Graph takes them: Microsoft's own example for POST /me/events sends
   * `"contentType": "HTML"` and Graph answers 201 (api/user-post-events, "Example 1"); the stored and
   * returned value is the member's own spelling ("html").
   */
  private enumValue(v: unknown, type: EnumTypeDef, path: string): string {
    if (typeof v !== 'string') throw this.fail(`Cannot convert the literal '${String(v)}' to the expected type '${type.fullName}' of the property '${path}'.`);
    const parts = type.isFlags ? v.split(',').map((s) => s.trim()) : [v];
    const canonical = parts.map((p) => {
      const member = [...type.members].find((m) => m.toLowerCase() === p.toLowerCase());
      if (!member) {
        throw this.fail(
          `Cannot convert the literal '${p}' to the expected type '${type.fullName}' of the property '${path}'. Valid values: ${[...type.members].join(', ')}.`,
        );
      }
      return member;
    });
    const joined = canonical.join(',');
    return joined === v ? v : joined;
  }

  private primitive(v: unknown, typeName: string, path: string): unknown {
    const bad = () => this.fail(`Cannot convert a primitive value to the expected type '${typeName}' of the property '${path}'${describe(v)}.`);
    switch (typeName) {
      case 'Edm.String':
        if (typeof v !== 'string') throw bad();
        return v;
      case 'Edm.Boolean':
        // Graph's reader converts the strings "true"/"false" (any case): Microsoft's example for
        // findMeetingTimes sends `"isOrganizerOptional": "false"` and `"returnSuggestionReasons": "true"`
        // and documents 200 (api/user-findmeetingtimes, "Example 1").
        if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
        if (typeof v !== 'boolean') throw bad();
        return v;
      case 'Edm.Int16':
      case 'Edm.Int32':
      case 'Edm.Int64':
      case 'Edm.Byte':
      case 'Edm.SByte':
        // No string conversion for integers: Graph's OData reader converts strings only to the types
        // whose JSON form is a string (dates, durations, GUIDs, binary; Int64/Decimal with
        // IEEE754Compatible=true) and to Boolean; a '15' for an Int32 such as reminderMinutesBeforeStart
        // is refused with "Cannot convert a primitive value to the expected type 'Edm.Int32'", as here.
        if (typeof v !== 'number' || !Number.isInteger(v)) throw bad();
        if (typeName === 'Edm.Int32' && (v > 2147483647 || v < -2147483648)) throw bad();
        return v;
      case 'Edm.Double':
      case 'Edm.Single':
      case 'Edm.Decimal':
        if (typeof v !== 'number' && !(typeof v === 'string' && /^(NaN|-?INF)$/.test(v))) throw bad();
        return v;
      case 'Edm.DateTimeOffset':
        if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) || Number.isNaN(Date.parse(v))) {
          throw this.fail(
            `The value '${String(v)}' of the property '${path}' is not a valid Edm.DateTimeOffset: expected ISO 8601 with a time zone offset, e.g. '2026-11-26T13:30:00Z'.`,
          );
        }
        return v;
      case 'Edm.Date':
        if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
          throw this.fail(`The value '${String(v)}' of the property '${path}' is not a valid Edm.Date (yyyy-mm-dd).`);
        return v;
      case 'Edm.TimeOfDay':
        if (typeof v !== 'string' || !/^\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/.test(v))
          throw this.fail(`The value '${String(v)}' of the property '${path}' is not a valid Edm.TimeOfDay (hh:mm:ss).`);
        return v;
      case 'Edm.Duration':
        if (typeof v !== 'string' || !/^-?P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(v))
          throw this.fail(`The value '${String(v)}' of the property '${path}' is not a valid Edm.Duration (ISO 8601, e.g. 'PT45M').`);
        return v;
      case 'Edm.Guid':
        if (typeof v !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) throw bad();
        return v;
      case 'Edm.Binary':
        if (typeof v !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(v)) throw bad();
        return v;
      default:
        return v; // Edm.Stream, Edm.Untyped, geography: not used in request bodies we accept
    }
  }
}

function describe(v: unknown): string {
  if (v === null) return ', but got null';
  if (Array.isArray(v)) return ', but got an array';
  return `, but got ${typeof v}`;
}
