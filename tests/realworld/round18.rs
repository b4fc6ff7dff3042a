//! Real code round 18: backend/business code. Structs and enums with methods,
//! in-memory tables (`Vec<Record>`, `HashMap<Id, Record>`), joins, grouping
//! into dicts of lists, `format!` reports, validation with `Result` and custom
//! error enums, `Option` chains, `if let` on enums, comprehensions inside impl
//! blocks borrowing `&self` / `&mut self`, trait default methods, closures
//! stored in structs, lazy forms returned from methods, comprehensions passed
//! straight to functions taking `impl IntoIterator` / `&[T]` / `HashMap`.
#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

// --- the domain

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Tier {
    Free,
    Pro,
    Enterprise,
}

#[derive(Debug, Clone, PartialEq)]
struct Customer {
    id: u32,
    name: String,
    email: Option<String>,
    tier: Tier,
    country: String,
    manager_id: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
struct LineItem {
    sku: String,
    qty: u32,
    unit_cents: u64,
}

impl LineItem {
    fn total(&self) -> u64 {
        self.qty as u64 * self.unit_cents
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Pending,
    Shipped { tracking: String },
    Cancelled { reason: String },
}

#[derive(Debug, Clone, PartialEq)]
struct Order {
    id: u32,
    customer_id: u32,
    items: Vec<LineItem>,
    status: Status,
}

impl Order {
    fn total(&self) -> u64 {
        self.items.iter().map(LineItem::total).sum()
    }
    fn is_open(&self) -> bool {
        matches!(self.status, Status::Pending)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ValidationError {
    MissingEmail(u32),
    ZeroQty { order: u32, sku: String },
    UnknownCustomer(u32),
    BadPrice(String),
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValidationError::MissingEmail(id) => write!(f, "customer {id} has no email"),
            ValidationError::ZeroQty { order, sku } => write!(f, "order {order}: {sku} qty 0"),
            ValidationError::UnknownCustomer(id) => write!(f, "unknown customer {id}"),
            ValidationError::BadPrice(s) => write!(f, "bad price {s:?}"),
        }
    }
}

impl std::error::Error for ValidationError {}

fn li(sku: &str, qty: u32, unit_cents: u64) -> LineItem {
    LineItem {
        sku: sku.to_string(),
        qty,
        unit_cents,
    }
}

fn customers() -> Vec<Customer> {
    let c = |id, name: &str, email: Option<&str>, tier, country: &str, manager_id| Customer {
        id,
        name: name.to_string(),
        email: email.map(str::to_string),
        tier,
        country: country.to_string(),
        manager_id,
    };
    vec![
        c(1, "Ada", Some("ada@x.io"), Tier::Enterprise, "UK", None),
        c(2, "Bob", None, Tier::Free, "US", Some(1)),
        c(3, "Cy", Some("cy@x.io"), Tier::Pro, "US", Some(1)),
        c(4, "Dee", Some("dee@y.org"), Tier::Pro, "DE", Some(3)),
        c(5, "Eve", None, Tier::Free, "UK", Some(9)),
    ]
}

fn orders() -> Vec<Order> {
    vec![
        Order {
            id: 100,
            customer_id: 1,
            items: vec![li("A-1", 2, 500), li("B-2", 1, 1250)],
            status: Status::Shipped {
                tracking: "TRK1".into(),
            },
        },
        Order {
            id: 101,
            customer_id: 3,
            items: vec![li("A-1", 1, 500)],
            status: Status::Pending,
        },
        Order {
            id: 102,
            customer_id: 1,
            items: vec![li("C-3", 0, 99), li("A-1", 4, 450)],
            status: Status::Pending,
        },
        Order {
            id: 103,
            customer_id: 7,
            items: vec![li("B-2", 3, 1250)],
            status: Status::Cancelled {
                reason: "fraud".into(),
            },
        },
        Order {
            id: 104,
            customer_id: 4,
            items: vec![],
            status: Status::Shipped {
                tracking: "TRK2".into(),
            },
        },
    ]
}

struct Db {
    customers: HashMap<u32, Customer>,
    orders: Vec<Order>,
    audit: Vec<String>,
}

impl Db {
    fn new() -> Self {
        // Python: self.customers = {c.id: c for c in customers()}
        Db {
            customers: comp!({c.id: c for c in customers()}),
            orders: orders(),
            audit: vec![],
        }
    }
}

// --- tables: building indexes

#[test]
fn index_customers_by_id() {
    // Python: by_id = {c.id: c for c in customers}
    let cs = customers();
    let by_id = comp!({c.id: c for c in &cs});
    let mut expected = HashMap::new();
    for c in &cs {
        expected.insert(c.id, c);
    }
    assert_eq!(by_id, expected);
    assert_eq!(by_id[&3].name, "Cy");
}

#[test]
fn db_new_index_owned() {
    let db = Db::new();
    let mut ids: Vec<u32> = db.customers.keys().copied().collect();
    ids.sort();
    assert_eq!(ids, vec![1, 2, 3, 4, 5]);
    assert!(db.customers.values().all(|c| db.customers[&c.id] == *c));
    assert!(db.audit.is_empty());
}

#[test]
fn index_emails_filter_option() {
    // Python: emails = {c.email: c.name for c in customers if c.email is not None}
    let cs = customers();
    let emails = comp!({e.as_str(): c.name.as_str() for c in &cs if let Some(e) = &c.email});
    let mut expected = HashMap::new();
    for c in &cs {
        if let Some(e) = &c.email {
            expected.insert(e.as_str(), c.name.as_str());
        }
    }
    assert_eq!(emails, expected);
    assert_eq!(emails.len(), 3);
}

#[test]
fn index_orders_by_id_then_lookup_skus() {
    // Python: skus = {o.id: [i.sku for i in o.items] for o in orders}
    let os = orders();
    let skus = comp!({o.id: [i.sku.clone() for i in &o.items] for o in &os});
    let mut expected: HashMap<u32, Vec<String>> = HashMap::new();
    for o in &os {
        expected.insert(o.id, o.items.iter().map(|i| i.sku.clone()).collect());
    }
    assert_eq!(skus, expected);
    assert!(skus[&104].is_empty());
}

#[test]
fn set_of_countries_temporary_iterable() {
    // Python: countries = {c.country for c in load_customers()}
    let countries = comp!({c.country for c in customers()});
    let expected: HashSet<String> = customers().into_iter().map(|c| c.country).collect();
    assert_eq!(countries, expected);
    assert_eq!(countries.len(), 3);
}

// --- joins

#[test]
fn join_orders_to_customer_names() {
    // Python: [(o.id, customers[o.customer_id].name) for o in orders if o.customer_id in customers]
    let db = Db::new();
    let rows = comp![(o.id, db.customers[&o.customer_id].name.as_str()) for o in &db.orders if db.customers.contains_key(&o.customer_id)];
    let mut expected = vec![];
    for o in &db.orders {
        if let Some(c) = db.customers.get(&o.customer_id) {
            expected.push((o.id, c.name.as_str()));
        }
    }
    assert_eq!(rows, expected);
}

#[test]
fn join_with_get_walrus() {
    // Python: [(o.id, c.tier) for o in orders if (c := customers.get(o.customer_id)) is not None]
    let db = Db::new();
    let rows = comp![(o.id, c.unwrap().tier) for o in &db.orders if (c := db.customers.get(&o.customer_id)).is_some()];
    let expected: Vec<(u32, Tier)> = db
        .orders
        .iter()
        .filter_map(|o| db.customers.get(&o.customer_id).map(|c| (o.id, c.tier)))
        .collect();
    assert_eq!(rows, expected);
}

#[test]
fn join_if_let_get() {
    // Python: [f"{c.name}:{o.total()}" for o in orders if (c := by_id.get(o.customer_id))]
    let db = Db::new();
    let lines = comp![format!("{}:{}", c.name, o.total()) for o in &db.orders if let Some(c) = db.customers.get(&o.customer_id)];
    let mut expected = vec![];
    for o in &db.orders {
        if let Some(c) = db.customers.get(&o.customer_id) {
            expected.push(format!("{}:{}", c.name, o.total()));
        }
    }
    assert_eq!(lines, expected);
    assert_eq!(lines[0], "Ada:2250");
}

#[test]
fn anti_join_orphan_orders() {
    // Python: orphans = [o.id for o in orders if o.customer_id not in customers]
    let db = Db::new();
    let orphans = comp![o.id for o in &db.orders if !db.customers.contains_key(&o.customer_id)];
    assert_eq!(orphans, vec![103]);
}

#[test]
fn nested_join_customers_items() {
    // Python: [(c.name, i.sku, i.qty) for c in customers for o in orders if o.customer_id == c.id for i in o.items if i.qty > 0]
    let cs = customers();
    let os = orders();
    let rows = comp![(c.name.as_str(), i.sku.as_str(), i.qty) for c in &cs for o in &os if o.customer_id == c.id for i in &o.items if i.qty > 0];
    let mut expected = vec![];
    for c in &cs {
        for o in &os {
            if o.customer_id == c.id {
                for i in &o.items {
                    if i.qty > 0 {
                        expected.push((c.name.as_str(), i.sku.as_str(), i.qty));
                    }
                }
            }
        }
    }
    assert_eq!(rows, expected);
}

#[test]
fn self_join_manager_names() {
    // Python: {c.name: by_id[c.manager_id].name if c.manager_id in by_id else "?" for c in customers if c.manager_id is not None}
    let db = Db::new();
    let managers = comp!({c.name.clone(): db.customers[&m].name.clone() if db.customers.contains_key(&m) else "?".to_string() for c in db.customers.values() if let Some(m) = c.manager_id});
    let mut expected = HashMap::new();
    for c in db.customers.values() {
        if let Some(m) = c.manager_id {
            let name = db
                .customers
                .get(&m)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| "?".to_string());
            expected.insert(c.name.clone(), name);
        }
    }
    assert_eq!(managers, expected);
    assert_eq!(managers["Eve"], "?");
    assert_eq!(managers["Dee"], "Cy");
}

// --- grouping into dicts of lists

#[test]
fn group_orders_by_customer() {
    // Python: {cid: [o.id for o in orders if o.customer_id == cid] for cid in {o.customer_id for o in orders}}
    let os = orders();
    let groups = comp!({cid: [o.id for o in &os if o.customer_id == cid] for cid in {o.customer_id for o in &os}});
    let mut expected: HashMap<u32, Vec<u32>> = HashMap::new();
    for o in &os {
        expected.entry(o.customer_id).or_default().push(o.id);
    }
    assert_eq!(groups, expected);
}

#[test]
fn group_customers_by_tier_names_sorted() {
    // Python: {t: sorted(c.name for c in cs if c.tier == t) for t in set(c.tier for c in cs)}
    let cs = customers();
    let tiers: HashSet<Tier> = comp!({c.tier for c in &cs});
    let groups = comp!({t: { let mut v = comp![c.name.as_str() for c in &cs if c.tier == *t]; v.sort(); v } for t in &tiers});
    let mut expected: HashMap<&Tier, Vec<&str>> = HashMap::new();
    for c in &cs {
        expected.entry(&c.tier).or_default().push(c.name.as_str());
    }
    for v in expected.values_mut() {
        v.sort();
    }
    assert_eq!(groups, expected);
}

#[test]
fn group_revenue_by_country_btreemap_from_comp() {
    // Python: dict(sorted({k: sum(...) for k in countries}.items()))
    let db = Db::new();
    let countries = comp!({c.country.as_str() for c in db.customers.values()});
    let revenue: BTreeMap<&str, u64> = BTreeMap::from_iter(
        comp!(((k, (o.total() for o in &db.orders if db.customers.get(&o.customer_id).map(|c| c.country.as_str()) == Some(k)).sum::<u64>()) for k in countries)),
    );
    let mut expected: BTreeMap<&str, u64> = BTreeMap::new();
    for c in db.customers.values() {
        expected.entry(c.country.as_str()).or_insert(0);
    }
    for o in &db.orders {
        if let Some(c) = db.customers.get(&o.customer_id) {
            *expected.get_mut(c.country.as_str()).unwrap() += o.total();
        }
    }
    assert_eq!(revenue, expected);
}

#[test]
fn group_skus_to_set_of_orders() {
    // Python: {sku: {o.id for o in orders for i in o.items if i.sku == sku} for sku in all_skus}
    let os = orders();
    let all_skus = comp!({i.sku.as_str() for o in &os for i in &o.items});
    let by_sku =
        comp!({sku: {o.id for o in &os for i in &o.items if i.sku == *sku} for sku in &all_skus});
    let mut expected: HashMap<&&str, HashSet<u32>> = HashMap::new();
    for o in &os {
        for i in &o.items {
            let key = all_skus.get(i.sku.as_str()).unwrap();
            expected.entry(key).or_default().insert(o.id);
        }
    }
    assert_eq!(by_sku, expected);
}

// --- reports with format!

#[test]
fn report_lines_with_conditional_in_format() {
    // Python: [f"{o.id}: {len(o.items)} item{'' if len(o.items) == 1 else 's'}" for o in orders]
    let os = orders();
    let lines = comp![format!("{}: {} item{}", o.id, o.items.len(), "" if o.items.len() == 1 else "s") for o in &os];
    let expected: Vec<String> = os
        .iter()
        .map(|o| {
            let suffix = if o.items.len() == 1 { "" } else { "s" };
            format!("{}: {} item{}", o.id, o.items.len(), suffix)
        })
        .collect();
    assert_eq!(lines, expected);
    assert_eq!(lines[1], "101: 1 item");
}

#[test]
fn report_join_lines() {
    // Python: "\n".join(f"{c.name:<5}{c.tier.name}" for c in customers)
    let cs = customers();
    let report = comp!((format!("{:<5}{:?}", c.name, c.tier) for c in &cs))
        .collect::<Vec<_>>()
        .join("\n");
    let mut expected = String::new();
    for (n, c) in cs.iter().enumerate() {
        if n > 0 {
            expected.push('\n');
        }
        expected.push_str(&format!("{:<5}{:?}", c.name, c.tier));
    }
    assert_eq!(report, expected);
}

#[test]
fn report_status_match_in_element() {
    // Python: [f"{o.id} {describe(o.status)}" for o in orders]
    let os = orders();
    let lines = comp![format!("{} {}", o.id, match &o.status { Status::Pending => "pending".to_string(), Status::Shipped { tracking } => format!("shipped {tracking}"), Status::Cancelled { reason } => format!("cancelled: {reason}") }) for o in &os];
    let mut expected = vec![];
    for o in &os {
        let d = match &o.status {
            Status::Pending => "pending".to_string(),
            Status::Shipped { tracking } => format!("shipped {tracking}"),
            Status::Cancelled { reason } => format!("cancelled: {reason}"),
        };
        expected.push(format!("{} {}", o.id, d));
    }
    assert_eq!(lines, expected);
}

#[test]
fn report_money_formatting_let_clause() {
    // Python: [f"{o.id}: ${t // 100}.{t % 100:02}" for o in orders for t in [o.total()] if t]
    let os = orders();
    let lines = comp![format!("{}: ${}.{:02}", o.id, t / 100, t % 100) for o in &os let t = o.total() if t > 0];
    let mut expected = vec![];
    for o in &os {
        let t = o.total();
        if t > 0 {
            expected.push(format!("{}: ${}.{:02}", o.id, t / 100, t % 100));
        }
    }
    assert_eq!(lines, expected);
    assert_eq!(lines[0], "100: $22.50");
}

#[test]
fn report_count_in_format_nested_generator() {
    // Python: f"{sum(1 for o in orders if o.is_open())} open of {len(orders)}"
    let os = orders();
    let s = format!(
        "{} open of {}",
        comp!((o for o in &os if o.is_open())).count(),
        os.len()
    );
    let open = os.iter().filter(|o| o.is_open()).count();
    assert_eq!(s, format!("{open} open of 5"));
}

// --- validation with Result and custom error enums

fn check_email(c: &Customer) -> Result<&str, ValidationError> {
    c.email
        .as_deref()
        .ok_or(ValidationError::MissingEmail(c.id))
}

fn parse_cents(s: &str) -> Result<u64, ValidationError> {
    let (d, c) = s
        .split_once('.')
        .ok_or_else(|| ValidationError::BadPrice(s.to_string()))?;
    let d: u64 = d
        .parse()
        .map_err(|_| ValidationError::BadPrice(s.to_string()))?;
    let c: u64 = c
        .parse()
        .map_err(|_| ValidationError::BadPrice(s.to_string()))?;
    Ok(d * 100 + c)
}

#[test]
fn validate_all_emails_question() {
    // Python: emails = [check_email(c) for c in customers]  (raises on the first missing one)
    let cs = customers();
    let r = comp![check_email(c)? for c in &cs];
    let mut expected = Ok(vec![]);
    for c in &cs {
        match check_email(c) {
            Ok(e) => {
                if let Ok(v) = &mut expected {
                    v.push(e)
                }
            }
            Err(e) => {
                expected = Err(e);
                break;
            }
        }
    }
    assert_eq!(r, expected);
    assert_eq!(r, Err(ValidationError::MissingEmail(2)));
    // only the paying ones all have an email
    let ok = comp![check_email(c)? for c in &cs if c.tier != Tier::Free];
    assert_eq!(ok, Ok(vec!["ada@x.io", "cy@x.io", "dee@y.org"]));
}

fn validate_order(o: &Order, known: &HashMap<u32, Customer>) -> Result<u64, ValidationError> {
    // Python: if o.customer_id not in known: raise UnknownCustomer; return sum(...)
    if !known.contains_key(&o.customer_id) {
        return Err(ValidationError::UnknownCustomer(o.customer_id));
    }
    let totals = comp![if i.qty == 0 { Err(ValidationError::ZeroQty { order: o.id, sku: i.sku.clone() }) } else { Ok(i.total()) }? for i in &o.items];
    Ok(totals?.iter().sum())
}

#[test]
fn validate_orders_collect_errors_if_let_err() {
    // Python: errors = [e for o in orders for e in [try_validate(o)] if isinstance(e, Error)]
    let db = Db::new();
    let errors = comp![e for o in &db.orders if let Err(e) = validate_order(o, &db.customers)];
    let mut expected = vec![];
    for o in &db.orders {
        if let Err(e) = validate_order(o, &db.customers) {
            expected.push(e);
        }
    }
    assert_eq!(errors, expected);
    assert_eq!(
        errors,
        vec![
            ValidationError::ZeroQty {
                order: 102,
                sku: "C-3".into()
            },
            ValidationError::UnknownCustomer(7)
        ]
    );
}

#[test]
fn validate_orders_dict_of_totals_question() {
    // Python: totals = {o.id: validate(o) for o in orders if o.is_open()}  (raises)
    let db = Db::new();
    let r = comp!({o.id: validate_order(o, &db.customers)? for o in &db.orders if o.status != Status::Pending});
    let mut expected = HashMap::new();
    let mut err = None;
    for o in &db.orders {
        if o.status != Status::Pending {
            match validate_order(o, &db.customers) {
                Ok(t) => {
                    expected.insert(o.id, t);
                }
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
    }
    assert_eq!(r, Err(err.unwrap()));
}

#[test]
fn validate_prices_in_fn_returning_result() {
    // Python: def load(rows): return {sku: parse_cents(p) for sku, p in rows}
    fn load(rows: &[(&str, &str)]) -> Result<HashMap<String, u64>, ValidationError> {
        comp!({sku.to_string(): parse_cents(p)? for &(sku, p) in rows})
    }
    let good = load(&[("A-1", "5.00"), ("B-2", "12.50")]);
    let mut expected = HashMap::new();
    expected.insert("A-1".to_string(), 500);
    expected.insert("B-2".to_string(), 1250);
    assert_eq!(good, Ok(expected));
    assert_eq!(
        load(&[("A-1", "5.00"), ("B-2", "12")]),
        Err(ValidationError::BadPrice("12".into()))
    );
}

#[test]
fn validate_question_then_convert_outside() {
    // Python: try: ids = [int(s) for s in raw] except ValueError as e: raise AppError(str(e))
    #[derive(Debug, PartialEq)]
    struct AppError(String);
    impl From<std::num::ParseIntError> for AppError {
        fn from(e: std::num::ParseIntError) -> Self {
            AppError(e.to_string())
        }
    }
    fn ids(raw: &str) -> Result<Vec<u32>, AppError> {
        Ok(comp![s.trim().parse::<u32>()? for s in raw.split(',') if !s.trim().is_empty()]?)
    }
    assert_eq!(ids("1, 2,,3"), Ok(vec![1, 2, 3]));
    let bad = ids("1,x");
    assert_eq!(
        bad,
        Err(AppError("x".parse::<u32>().unwrap_err().to_string()))
    );
}

#[test]
fn validate_option_question_chain() {
    // Python: [by_id[o.customer_id].manager_id for o in open_orders]  (None if any is missing)
    let db = Db::new();
    let open: Vec<&Order> = db.orders.iter().filter(|o| o.is_open()).collect();
    let r = comp![db.customers.get(&o.customer_id)?.manager_id for o in &open];
    let expected: Option<Vec<Option<u32>>> = open
        .iter()
        .map(|o| db.customers.get(&o.customer_id).map(|c| c.manager_id))
        .collect();
    assert_eq!(r, expected);
    assert_eq!(r, Some(vec![Some(1), None]));
    let r2 = comp![db.customers.get(&o.customer_id)?.name.len() for o in &db.orders];
    assert_eq!(r2, None);
}

#[test]
fn validate_lazy_question_stops_at_first_error() {
    // Python: (parse_cents(p) for p in prices)  -> stops at the first raise
    let prices = vec!["1.00", "2.50", "oops", "3.00"];
    let it = comp!((parse_cents(p)? for p in &prices));
    let got: Vec<Result<u64, ValidationError>> = it.collect();
    let mut expected = vec![];
    for p in &prices {
        let r = parse_cents(p);
        let stop = r.is_err();
        expected.push(r);
        if stop {
            break;
        }
    }
    assert_eq!(got, expected);
    assert_eq!(got.len(), 3);
}

#[test]
fn validate_errors_as_report_strings() {
    // Python: [str(e) for o in orders if (e := validate(o)) is error]
    let db = Db::new();
    let msgs = comp![e.to_string() for o in &db.orders let r = validate_order(o, &db.customers) if let Err(e) = r];
    let expected: Vec<String> = db
        .orders
        .iter()
        .filter_map(|o| validate_order(o, &db.customers).err())
        .map(|e| e.to_string())
        .collect();
    assert_eq!(msgs, expected);
    assert_eq!(msgs[1], "unknown customer 7");
}

// --- Option chains and if let on enums

#[test]
fn tracking_numbers_if_let_struct_variant() {
    // Python: [o.status.tracking for o in orders if isinstance(o.status, Shipped)]
    let os = orders();
    let tracking =
        comp![tracking.as_str() for o in &os if let Status::Shipped { tracking } = &o.status];
    let mut expected = vec![];
    for o in &os {
        if let Status::Shipped { tracking } = &o.status {
            expected.push(tracking.as_str());
        }
    }
    assert_eq!(tracking, expected);
    assert_eq!(tracking, vec!["TRK1", "TRK2"]);
}

#[test]
fn email_domains_option_chain() {
    // Python: {c.email.split("@")[1] for c in customers if c.email}
    let cs = customers();
    let domains = comp!({d for c in &cs if let Some(d) = c.email.as_deref().and_then(|e| e.split('@').nth(1))});
    let mut expected = HashSet::new();
    for c in &cs {
        if let Some(e) = &c.email {
            if let Some((_, d)) = e.split_once('@') {
                expected.insert(d);
            }
        }
    }
    assert_eq!(domains, expected);
    assert_eq!(domains.len(), 2);
}

#[test]
fn manager_email_two_level_option() {
    // Python: [(c.name, by_id.get(c.manager_id).email if c.manager_id in by_id else None) for c in cs]
    let db = Db::new();
    let mut cs: Vec<&Customer> = db.customers.values().collect();
    cs.sort_by_key(|c| c.id);
    let rows = comp![(c.name.as_str(), c.manager_id.and_then(|m| db.customers.get(&m)).and_then(|m| m.email.as_deref()).unwrap_or("-")) for c in &cs];
    let mut expected = vec![];
    for c in &cs {
        let mut e = "-";
        if let Some(m) = c.manager_id {
            if let Some(mc) = db.customers.get(&m) {
                if let Some(em) = &mc.email {
                    e = em;
                }
            }
        }
        expected.push((c.name.as_str(), e));
    }
    assert_eq!(rows, expected);
    assert_eq!(rows[3], ("Dee", "cy@x.io"));
}

#[test]
fn cancelled_reasons_nested_pattern_guard() {
    // Python: {o.id: o.status.reason.upper() for o in orders if isinstance(o.status, Cancelled) and o.status.reason}
    let os = orders();
    let reasons = comp!({o.id: reason.to_uppercase() for o in &os if let Status::Cancelled { reason } = &o.status if !reason.is_empty()});
    let mut expected = HashMap::new();
    for o in &os {
        if let Status::Cancelled { reason } = &o.status {
            if !reason.is_empty() {
                expected.insert(o.id, reason.to_uppercase());
            }
        }
    }
    assert_eq!(reasons, expected);
}

#[test]
fn status_kind_conditional_in_tuple() {
    // Python: [(o.id, "open" if o.status == PENDING else "closed") for o in orders]
    let os = orders();
    let kinds =
        comp![(o.id, "open" if matches!(o.status, Status::Pending) else "closed") for o in &os];
    let expected: Vec<(u32, &str)> = os
        .iter()
        .map(|o| (o.id, if o.is_open() { "open" } else { "closed" }))
        .collect();
    assert_eq!(kinds, expected);
}

#[test]
fn tier_discount_chained_conditional() {
    // Python: {c.id: 20 if c.tier == ENT else 10 if c.tier == PRO else 0 for c in cs}
    let cs = customers();
    let disc = comp!({c.id: 20 if c.tier == Tier::Enterprise else 10 if c.tier == Tier::Pro else 0 for c in &cs});
    let mut expected = HashMap::new();
    for c in &cs {
        let d = match c.tier {
            Tier::Enterprise => 20,
            Tier::Pro => 10,
            Tier::Free => 0,
        };
        expected.insert(c.id, d);
    }
    assert_eq!(disc, expected);
}

// --- comprehensions in impl blocks (&self, &mut self), lazy forms from methods

impl Db {
    // Python: def open_orders(self): return (o for o in self.orders if o.is_open())
    fn open_orders(&self) -> impl Iterator<Item = &Order> + '_ {
        comp!((o for o in &self.orders if o.is_open()))
    }

    // Python: def orders_of(self, cid): return (o.id for o in self.orders if o.customer_id == cid)
    fn orders_of(&self, cid: u32) -> impl Iterator<Item = u32> + '_ {
        comp!(move (o.id for o in &self.orders if o.customer_id == cid))
    }

    // Python: def customer_totals(self): return {c.id: sum(o.total() for o in self.orders if o.customer_id == c.id) for c in self.customers.values()}
    fn customer_totals(&self) -> HashMap<u32, u64> {
        comp!({c.id: (o.total() for o in &self.orders if o.customer_id == c.id).sum() for c in self.customers.values()})
    }

    // Python: def skus(self): return (i.sku for o in self.orders for i in o.items)
    fn skus(&self) -> impl Iterator<Item = &str> + '_ {
        comp!((i.sku.as_str() for o in &self.orders for i in &o.items))
    }

    // Python: def cancel_pending(self, reason): ... self.audit.extend(f"cancel {o.id}" for o in self.orders if ...)
    fn cancel_pending_of(&mut self, cid: u32, reason: &str) -> Vec<u32> {
        let cancelled = comp![o.id for o in self.orders.iter_mut() if o.customer_id == cid && o.is_open() if { o.status = Status::Cancelled { reason: reason.to_string() }; true }];
        self.audit
            .extend(comp!((format!("cancel {id}: {reason}") for id in &cancelled)));
        cancelled
    }

    // Python: def reprice(self, sku, pct): for i in (i for o in self.orders for i in o.items if i.sku == sku): i.unit_cents = ...
    fn reprice(&mut self, sku: &str, pct: u64) -> usize {
        let items =
            comp![i for o in self.orders.iter_mut() for i in o.items.iter_mut() if i.sku == sku];
        let n = items.len();
        for i in items {
            i.unit_cents = i.unit_cents * (100 + pct) / 100;
        }
        n
    }

    // Python: def emails_for(self, tier): return [c.email for c in self.customers.values() if c.tier == tier and c.email]
    fn emails_for(&self, tier: Tier) -> Vec<&str> {
        let mut v = comp![e.as_str() for c in self.customers.values() if c.tier == tier if let Some(e) = &c.email];
        v.sort();
        v
    }
}

#[test]
fn method_lazy_open_orders() {
    let db = Db::new();
    let ids: Vec<u32> = db.open_orders().map(|o| o.id).collect();
    let expected: Vec<u32> = db
        .orders
        .iter()
        .filter(|o| matches!(o.status, Status::Pending))
        .map(|o| o.id)
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(ids, vec![101, 102]);
}

#[test]
fn method_lazy_orders_of_move_param() {
    let db = Db::new();
    let ids: Vec<u32> = db.orders_of(1).collect();
    let mut expected = vec![];
    for o in &db.orders {
        if o.customer_id == 1 {
            expected.push(o.id);
        }
    }
    assert_eq!(ids, expected);
    assert_eq!(db.orders_of(9).count(), 0);
}

#[test]
fn method_dict_with_inner_sum() {
    let db = Db::new();
    let totals = db.customer_totals();
    let mut expected = HashMap::new();
    for c in db.customers.values() {
        let mut t = 0;
        for o in &db.orders {
            if o.customer_id == c.id {
                t += o.total();
            }
        }
        expected.insert(c.id, t);
    }
    assert_eq!(totals, expected);
    assert_eq!(totals[&1], 2250 + 1800);
}

#[test]
fn method_lazy_flatten_skus() {
    let db = Db::new();
    let skus: Vec<&str> = db.skus().collect();
    let expected: Vec<&str> = db
        .orders
        .iter()
        .flat_map(|o| o.items.iter().map(|i| i.sku.as_str()))
        .collect();
    assert_eq!(skus, expected);
    // Python: collections.Counter(db.skus())
    let counts = comp!({s: db.skus().filter(|x| x == &s).count() for s in db.skus()});
    assert_eq!(counts["A-1"], 3);
    assert_eq!(counts["B-2"], 2);
}

#[test]
fn method_mut_self_cancel_with_side_effect_filter() {
    let mut db = Db::new();
    let got = db.cancel_pending_of(1, "customer request");
    assert_eq!(got, vec![102]);
    let still_open = comp![o.id for o in &db.orders if o.is_open()];
    assert_eq!(still_open, vec![101]);
    assert_eq!(db.audit, vec!["cancel 102: customer request".to_string()]);
}

#[test]
fn method_mut_self_iter_mut_nested() {
    let mut db = Db::new();
    let before: u64 = db.orders.iter().map(Order::total).sum();
    let n = db.reprice("A-1", 10);
    assert_eq!(n, 3);
    let after: u64 = db.orders.iter().map(Order::total).sum();
    // 2*500 + 1*500 + 4*450 = 3300 -> +10% = 330
    assert_eq!(after - before, 330);
}

#[test]
fn method_emails_for_tier() {
    let db = Db::new();
    assert_eq!(db.emails_for(Tier::Pro), vec!["cy@x.io", "dee@y.org"]);
    assert!(db.emails_for(Tier::Free).is_empty());
    let mut expected = vec![];
    for c in db.customers.values() {
        if c.tier == Tier::Enterprise {
            if let Some(e) = &c.email {
                expected.push(e.as_str());
            }
        }
    }
    assert_eq!(db.emails_for(Tier::Enterprise), expected);
}

// --- trait default methods

trait Table {
    type Row;
    fn rows(&self) -> &[Self::Row];
    fn key(row: &Self::Row) -> u32;
    fn label(row: &Self::Row) -> String;

    // Python: def ids(self): return [self.key(r) for r in self.rows()]
    fn ids(&self) -> Vec<u32> {
        comp![Self::key(r) for r in self.rows()]
    }

    // Python: def index(self): return {self.key(r): r for r in self.rows()}
    fn index(&self) -> HashMap<u32, &Self::Row> {
        comp!({Self::key(r): r for r in self.rows()})
    }

    // Python: def render(self): return "\n".join(f"{i:>3}. {self.label(r)}" for i, r in enumerate(self.rows(), 1))
    fn render(&self) -> String {
        comp![format!("{i:>3}. {}", Self::label(r)) for (i, r) in self.rows().iter().enumerate() let i = i + 1].join("\n")
    }

    // Python: def find(self, pred): return (r for r in self.rows() if pred(r))
    fn find<'a>(
        &'a self,
        pred: impl Fn(&Self::Row) -> bool + 'a,
    ) -> impl Iterator<Item = &'a Self::Row> + 'a {
        comp!(move (r for r in self.rows() if pred(r)))
    }
}

struct CustomerTable(Vec<Customer>);
struct OrderTable(Vec<Order>);

impl Table for CustomerTable {
    type Row = Customer;
    fn rows(&self) -> &[Customer] {
        &self.0
    }
    fn key(row: &Customer) -> u32 {
        row.id
    }
    fn label(row: &Customer) -> String {
        row.name.clone()
    }
}

impl Table for OrderTable {
    type Row = Order;
    fn rows(&self) -> &[Order] {
        &self.0
    }
    fn key(row: &Order) -> u32 {
        row.id
    }
    fn label(row: &Order) -> String {
        format!("order {} ({} cents)", row.id, row.total())
    }
}

#[test]
fn trait_default_ids_and_index() {
    let ct = CustomerTable(customers());
    let ot = OrderTable(orders());
    assert_eq!(ct.ids(), ct.0.iter().map(|c| c.id).collect::<Vec<_>>());
    assert_eq!(ot.ids(), vec![100, 101, 102, 103, 104]);
    let idx = ot.index();
    for o in &ot.0 {
        assert_eq!(idx[&o.id], o);
    }
    assert_eq!(idx.len(), 5);
}

#[test]
fn trait_default_render() {
    let ct = CustomerTable(customers());
    let mut expected = String::new();
    for (i, c) in ct.0.iter().enumerate() {
        if i > 0 {
            expected.push('\n');
        }
        expected += &format!("{:>3}. {}", i + 1, c.name);
    }
    assert_eq!(ct.render(), expected);
    assert!(OrderTable(orders())
        .render()
        .starts_with("  1. order 100 (2250 cents)"));
}

#[test]
fn trait_default_find_lazy() {
    let ct = CustomerTable(customers());
    let min_tier = Tier::Pro;
    let names: Vec<&str> = ct
        .find(|c| c.tier >= min_tier)
        .map(|c| c.name.as_str())
        .collect();
    let expected: Vec<&str> =
        ct.0.iter()
            .filter(|c| c.tier >= Tier::Pro)
            .map(|c| c.name.as_str())
            .collect();
    assert_eq!(names, expected);
}

// --- closures stored in structs

struct Rule {
    name: &'static str,
    check: Box<dyn Fn(&Order) -> bool>,
}

struct Pricing {
    discount: Box<dyn Fn(&Customer) -> u64>,
    tax: fn(u64) -> u64,
}

fn rules() -> Vec<Rule> {
    vec![
        Rule {
            name: "non-empty",
            check: Box::new(|o| !o.items.is_empty()),
        },
        Rule {
            name: "no-zero-qty",
            check: Box::new(|o| o.items.iter().all(|i| i.qty > 0)),
        },
        Rule {
            name: "under-50",
            check: Box::new(|o| o.total() < 5000),
        },
    ]
}

#[test]
fn closures_in_struct_failed_rules() {
    // Python: {o.id: [r.name for r in rules if not r.check(o)] for o in orders}
    let os = orders();
    let rs = rules();
    let failed = comp!({o.id: [r.name for r in &rs if !(r.check)(o)] for o in &os});
    let mut expected: HashMap<u32, Vec<&str>> = HashMap::new();
    for o in &os {
        let mut v = vec![];
        for r in &rs {
            if !(r.check)(o) {
                v.push(r.name);
            }
        }
        expected.insert(o.id, v);
    }
    assert_eq!(failed, expected);
    assert_eq!(failed[&102], vec!["no-zero-qty"]);
    assert_eq!(failed[&104], vec!["non-empty"]);
}

#[test]
fn closures_in_struct_pricing() {
    // Python: [(c.name, p.tax(base - p.discount(c))) for c in cs]
    let p = Pricing {
        discount: Box::new(|c| if c.tier == Tier::Free { 0 } else { 100 }),
        tax: |x| x * 120 / 100,
    };
    let cs = customers();
    let base = 1000;
    let prices = comp![(c.name.as_str(), (p.tax)(base - (p.discount)(c))) for c in &cs];
    let expected: Vec<(&str, u64)> = cs
        .iter()
        .map(|c| (c.name.as_str(), (p.tax)(base - (p.discount)(c))))
        .collect();
    assert_eq!(prices, expected);
    assert_eq!(prices[1], ("Bob", 1200));
}

#[test]
fn closure_struct_built_from_comprehension() {
    // Python: checks = [lambda o, t=t: o.total() >= t for t in thresholds]
    struct Check {
        threshold: u64,
        f: Box<dyn Fn(&Order) -> bool>,
    }
    let thresholds = vec![0u64, 1000, 3000];
    let checks = comp![Check { threshold: t, f: Box::new(move |o: &Order| o.total() >= t) } for t in thresholds.iter().copied()];
    let os = orders();
    let table = comp![(c.threshold, comp![o.id for o in &os if (c.f)(o)]) for c in &checks];
    let mut expected = vec![];
    for &t in &thresholds {
        expected.push((
            t,
            os.iter()
                .filter(|o| o.total() >= t)
                .map(|o| o.id)
                .collect::<Vec<_>>(),
        ));
    }
    assert_eq!(table, expected);
}

#[test]
fn closure_holding_comprehension_stored_in_struct() {
    // Python: self.summarize = lambda orders: {o.id: o.total() for o in orders if o.total()}
    type Summarize<'a> = Box<dyn Fn(&[Order]) -> HashMap<u32, u64> + 'a>;
    struct Reporter<'a> {
        summarize: Summarize<'a>,
    }
    let min = 1000;
    let r = Reporter {
        summarize: Box::new(|os| comp!({o.id: t for o in os let t = o.total() if t >= min})),
    };
    let os = orders();
    let mut expected = HashMap::new();
    for o in &os {
        if o.total() >= min {
            expected.insert(o.id, o.total());
        }
    }
    assert_eq!((r.summarize)(&os), expected);
}

// --- comprehensions passed straight to functions

fn total_cents(items: impl IntoIterator<Item = u64>) -> u64 {
    items.into_iter().sum()
}

fn median(xs: &[u64]) -> Option<u64> {
    let mut v = xs.to_vec();
    v.sort();
    v.get(v.len() / 2).copied()
}

fn top_by_value(m: &HashMap<u32, u64>, n: usize) -> Vec<(u32, u64)> {
    let mut v: Vec<(u32, u64)> = m.iter().map(|(k, v)| (*k, *v)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn names_csv<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().collect::<Vec<_>>().join(",")
}

#[test]
fn pass_lazy_to_impl_into_iterator() {
    // Python: total_cents(o.total() for o in orders if o.is_open())
    let os = orders();
    let t = total_cents(comp!((o.total() for o in &os if o.is_open())));
    let mut expected = 0;
    for o in &os {
        if o.is_open() {
            expected += o.total();
        }
    }
    assert_eq!(t, expected);
    assert_eq!(t, 500 + 1800);
}

#[test]
fn pass_list_to_impl_into_iterator() {
    // Python: total_cents([i.total() for o in orders for i in o.items])
    let os = orders();
    let t = total_cents(comp![i.total() for o in &os for i in &o.items]);
    let expected: u64 = os.iter().flat_map(|o| &o.items).map(LineItem::total).sum();
    assert_eq!(t, expected);
}

#[test]
fn pass_borrowed_list_to_slice_param() {
    // Python: median([o.total() for o in orders])
    let os = orders();
    let m = median(&comp![o.total() for o in &os]);
    let mut ts: Vec<u64> = os.iter().map(Order::total).collect();
    ts.sort();
    assert_eq!(m, Some(ts[ts.len() / 2]));
}

#[test]
fn pass_dict_to_hashmap_param() {
    // Python: top_by_value({o.id: o.total() for o in orders}, 2)
    let os = orders();
    let top = top_by_value(&comp!({o.id: o.total() for o in &os}), 2);
    let mut all: Vec<(u32, u64)> = os.iter().map(|o| (o.id, o.total())).collect();
    all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert_eq!(top, all[..2].to_vec());
    assert_eq!(top[0], (103, 3750));
}

#[test]
fn pass_lazy_of_str_refs_with_conditional_arg() {
    // Python: names_csv(c.name if c.tier != FREE else c.name.lower() for c in cs)  -- lower() allocates, so keep &str
    let cs = customers();
    let csv = names_csv(comp!((c.name.as_str() if c.email.is_some() else "anon" for c in &cs)));
    let expected = cs
        .iter()
        .map(|c| {
            if c.email.is_some() {
                c.name.as_str()
            } else {
                "anon"
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(csv, expected);
    assert_eq!(csv, "Ada,anon,Cy,Dee,anon");
}

#[test]
fn extend_existing_map_with_comprehension() {
    // Python: stock.update({i.sku: i.qty for o in orders for i in o.items if o.status == SHIPPED})
    let os = orders();
    let mut stock: HashMap<String, u32> = HashMap::from([("Z-9".to_string(), 7)]);
    stock.extend(comp!({i.sku.clone(): i.qty for o in &os if let Status::Shipped { .. } = o.status for i in &o.items}));
    let mut expected: HashMap<String, u32> = HashMap::from([("Z-9".to_string(), 7)]);
    for o in &os {
        if let Status::Shipped { .. } = o.status {
            for i in &o.items {
                expected.insert(i.sku.clone(), i.qty);
            }
        }
    }
    assert_eq!(stock, expected);
}

#[test]
fn method_arg_conditional_and_comprehension() {
    // Python: ", ".join(sorted(c.name.upper() if c.tier == ENT else c.name for c in cs))
    let cs = customers();
    let mut names =
        comp![c.name.to_uppercase() if c.tier == Tier::Enterprise else c.name.clone() for c in &cs];
    names.sort();
    let s = names.join(", ");
    let mut expected: Vec<String> = cs
        .iter()
        .map(|c| {
            if c.tier == Tier::Enterprise {
                c.name.to_uppercase()
            } else {
                c.name.clone()
            }
        })
        .collect();
    expected.sort();
    assert_eq!(s, expected.join(", "));
    assert!(s.starts_with("ADA"));
}

#[test]
fn max_by_key_on_lazy_join() {
    // Python: max(((c.name, o.total()) for o in orders for c in [by_id.get(o.customer_id)] if c), key=lambda t: t[1])
    let db = Db::new();
    let best = comp!(((c.name.as_str(), o.total()) for o in &db.orders if let Some(c) = db.customers.get(&o.customer_id)))
        .max_by_key(|&(_, t)| t);
    let mut expected: Option<(&str, u64)> = None;
    for o in &db.orders {
        if let Some(c) = db.customers.get(&o.customer_id) {
            if expected.map_or(true, |(_, t)| o.total() >= t) {
                expected = Some((c.name.as_str(), o.total()));
            }
        }
    }
    assert_eq!(best, expected);
    assert_eq!(best, Some(("Ada", 2250)));
}

// --- generic functions and match arms

fn index_by<T, K: std::hash::Hash + Eq>(rows: &[T], key: impl Fn(&T) -> K) -> HashMap<K, &T> {
    // Python: def index_by(rows, key): return {key(r): r for r in rows}
    comp!({key(r): r for r in rows})
}

fn group_by<T: Clone, K: std::hash::Hash + Eq + Clone>(
    rows: &[T],
    key: impl Fn(&T) -> K,
) -> HashMap<K, Vec<T>> {
    // Python: {k: [r for r in rows if key(r) == k] for k in {key(r) for r in rows}}
    comp!({k.clone(): [r.clone() for r in rows if key(r) == k] for k in {key(r) for r in rows}})
}

#[test]
fn generic_index_by() {
    let cs = customers();
    let by_name = index_by(&cs, |c| c.name.clone());
    assert_eq!(by_name["Eve"].id, 5);
    assert_eq!(by_name.len(), cs.len());
    for c in &cs {
        assert_eq!(by_name[&c.name], c);
    }
}

#[test]
fn generic_group_by_country() {
    let cs = customers();
    let g = group_by(&cs, |c| c.country.clone());
    let mut expected: HashMap<String, Vec<Customer>> = HashMap::new();
    for c in &cs {
        expected
            .entry(c.country.clone())
            .or_default()
            .push(c.clone());
    }
    assert_eq!(g, expected);
}

#[derive(Debug)]
enum Query {
    ByTier(Tier),
    ByCountry(&'static str),
    HasEmail,
    Ids(Vec<u32>),
}

fn run_query<'a>(cs: &'a [Customer], q: &Query) -> Vec<&'a str> {
    // Python: match q: case ByTier(t): return [c.name for c in cs if c.tier == t] ...
    match q {
        Query::ByTier(t) => comp![c.name.as_str() for c in cs if c.tier == *t],
        Query::ByCountry(k) => comp![c.name.as_str() for c in cs if c.country == *k],
        Query::HasEmail => comp![c.name.as_str() for c in cs if c.email.is_some()],
        Query::Ids(ids) => comp![c.name.as_str() for id in ids for c in cs if c.id == *id],
    }
}

#[test]
fn comprehension_in_match_arms() {
    let cs = customers();
    let qs = vec![
        Query::ByTier(Tier::Free),
        Query::ByCountry("US"),
        Query::HasEmail,
        Query::Ids(vec![4, 1, 42]),
    ];
    let answers = comp![run_query(&cs, q) for q in &qs];
    let by_hand = |f: &dyn Fn(&Customer) -> bool| -> Vec<&str> {
        cs.iter()
            .filter(|c| f(c))
            .map(|c| c.name.as_str())
            .collect()
    };
    assert_eq!(answers[0], by_hand(&|c| c.tier == Tier::Free));
    assert_eq!(answers[1], by_hand(&|c| c.country == "US"));
    assert_eq!(answers[2], by_hand(&|c| c.email.is_some()));
    assert_eq!(answers[3], vec!["Dee", "Ada"]);
}

#[test]
fn match_in_comprehension_with_conditional_inside_arm_parenthesized() {
    // Python: [(o.id, ("late" if o.id < 102 else "new") if o.status == PENDING else "done") for o in orders]
    let os = orders();
    let tags = comp![(o.id, match o.status { Status::Pending => ("late" if o.id < 102 else "new"), _ => "done" }) for o in &os];
    let mut expected = vec![];
    for o in &os {
        let t = match o.status {
            Status::Pending => {
                if o.id < 102 {
                    "late"
                } else {
                    "new"
                }
            }
            _ => "done",
        };
        expected.push((o.id, t));
    }
    assert_eq!(tags, expected);
}

// --- Display impls and write!

struct Invoice<'a> {
    customer: &'a Customer,
    orders: Vec<&'a Order>,
}

impl fmt::Display for Invoice<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Python: lines = [f"  #{o.id} {o.total()}" for o in self.orders]
        writeln!(f, "Invoice for {}", self.customer.name)?;
        let lines = comp![format!("  #{} {}", o.id, o.total()) for o in &self.orders];
        for l in &lines {
            writeln!(f, "{l}")?;
        }
        write!(
            f,
            "  total {} ({} line{})",
            comp!((o.total() for o in &self.orders)).sum::<u64>(),
            lines.len(),
            if lines.len() == 1 { "" } else { "s" }
        )
    }
}

#[test]
fn display_impl_with_comprehensions() {
    let db = Db::new();
    let ada = &db.customers[&1];
    let inv = Invoice {
        customer: ada,
        orders: comp![o for o in &db.orders if o.customer_id == ada.id],
    };
    let s = inv.to_string();
    assert_eq!(
        s,
        "Invoice for Ada\n  #100 2250\n  #102 1800\n  total 4050 (2 lines)"
    );
}

// --- dicts of lists: iterating and reshaping

#[test]
fn flatten_dict_of_lists_borrowing() {
    // Python: [(cid, oid) for cid, oids in groups.items() for oid in oids if oid % 2 == 0]
    let os = orders();
    let mut groups: HashMap<u32, Vec<u32>> = HashMap::new();
    for o in &os {
        groups.entry(o.customer_id).or_default().push(o.id);
    }
    let mut pairs = comp![(*cid, *oid) for (cid, oids) in &groups for oid in oids if oid % 2 == 0];
    pairs.sort();
    let mut expected = vec![];
    for (cid, oids) in &groups {
        for oid in oids {
            if oid % 2 == 0 {
                expected.push((*cid, *oid));
            }
        }
    }
    expected.sort();
    assert_eq!(pairs, expected);
    assert_eq!(pairs, vec![(1, 100), (1, 102), (4, 104)]);
}

#[test]
fn invert_dict_of_lists_owning() {
    // Python: {oid: cid for cid, oids in groups.items() for oid in oids}
    let groups: HashMap<u32, Vec<u32>> = HashMap::from([(1, vec![100, 102]), (3, vec![101])]);
    let inv = comp!({oid: cid for (cid, oids) in groups for oid in oids});
    assert_eq!(inv, HashMap::from([(100, 1), (102, 1), (101, 3)]));
}

#[test]
fn dict_of_counts_from_dict_of_lists_sorted_keys() {
    // Python: [f"{k}: {len(v)}" for k, v in sorted(groups.items())]
    let os = orders();
    let groups = comp!({cid: [o for o in &os if o.customer_id == cid] for cid in os.iter().map(|o| o.customer_id)});
    let mut keys = comp![*k for k in groups.keys()];
    keys.sort_unstable();
    let lines = comp![format!("{k}: {}", groups[&k].len()) for k in keys];
    assert_eq!(lines, vec!["1: 2", "3: 1", "4: 1", "7: 1"]);
}

#[test]
fn btreemap_values_nested_with_walrus_key() {
    // Python: {(n := c.name.lower()): len(n) for cs in by_country.values() for c in cs}
    let cs = customers();
    let mut by_country: BTreeMap<&str, Vec<&Customer>> = BTreeMap::new();
    for c in &cs {
        by_country.entry(c.country.as_str()).or_default().push(c);
    }
    let lens = comp!({(n := c.name.to_lowercase()).clone(): n.len() for v in by_country.values() for c in v});
    let mut expected = HashMap::new();
    for c in &cs {
        expected.insert(c.name.to_lowercase(), c.name.len());
    }
    assert_eq!(lens, expected);
}

#[test]
fn zip_two_tables_conditional_in_call_arg() {
    // Python: [max(a.total(), b.total() if b.is_open() else 0) for a, b in zip(orders, orders[1:])]
    let os = orders();
    let v =
        comp![a.total().max(b.total() if b.is_open() else 0) for (a, b) in os.iter().zip(&os[1..])];
    let mut expected = vec![];
    for i in 0..os.len() - 1 {
        let b = if os[i + 1].is_open() {
            os[i + 1].total()
        } else {
            0
        };
        expected.push(os[i].total().max(b));
    }
    assert_eq!(v, expected);
}

#[test]
fn drain_into_owned_records() {
    // Python: shipped = [o for o in queue if o.status is SHIPPED]; queue.clear()
    let mut queue = orders();
    let shipped = comp![o for o in queue.drain(..) if matches!(o.status, Status::Shipped { .. })];
    assert!(queue.is_empty());
    let expected: Vec<Order> = orders()
        .into_iter()
        .filter(|o| matches!(o.status, Status::Shipped { .. }))
        .collect();
    assert_eq!(shipped, expected);
}

#[test]
fn set_difference_of_ids() {
    // Python: inactive = {c.id for c in cs} - {o.customer_id for o in orders}
    let cs = customers();
    let os = orders();
    let inactive: HashSet<u32> = &comp!({c.id for c in &cs}) - &comp!({o.customer_id for o in &os});
    let mut expected = HashSet::new();
    for c in &cs {
        if !os.iter().any(|o| o.customer_id == c.id) {
            expected.insert(c.id);
        }
    }
    assert_eq!(inactive, expected);
    assert_eq!(inactive, HashSet::from([2, 5]));
}

#[test]
fn sort_by_key_with_tuple_conditional() {
    // Python: sorted(cs, key=lambda c: (0 if c.tier == ENT else 1, c.name))
    let cs = customers();
    let mut keyed =
        comp![((0 if c.tier == Tier::Enterprise else 1, c.name.as_str()), c.id) for c in &cs];
    keyed.sort();
    let ids = comp![id for (_, id) in keyed];
    let mut by_hand: Vec<&Customer> = cs.iter().collect();
    by_hand.sort_by_key(|c| {
        (
            if c.tier == Tier::Enterprise { 0 } else { 1 },
            c.name.as_str(),
        )
    });
    assert_eq!(ids, by_hand.iter().map(|c| c.id).collect::<Vec<_>>());
}

#[test]
fn chained_comparison_price_band() {
    // Python: [i.sku for o in orders for i in o.items if 400 <= i.unit_cents < 1000]
    let os = orders();
    let mid = comp![i.sku.as_str() for o in &os for i in &o.items if 400 <= i.unit_cents < 1000];
    let mut expected = vec![];
    for o in &os {
        for i in &o.items {
            if i.unit_cents >= 400 && i.unit_cents < 1000 {
                expected.push(i.sku.as_str());
            }
        }
    }
    assert_eq!(mid, expected);
}

#[test]
fn nested_list_of_lists_report_table() {
    // Python: table = [[c.name] + [str(o.id) for o in orders if o.customer_id == c.id] for c in cs]
    let cs = customers();
    let os = orders();
    let table = comp![[vec![c.name.clone()], comp![o.id.to_string() for o in &os if o.customer_id == c.id]].concat() for c in &cs];
    let mut expected = vec![];
    for c in &cs {
        let mut row = vec![c.name.clone()];
        for o in &os {
            if o.customer_id == c.id {
                row.push(o.id.to_string());
            }
        }
        expected.push(row);
    }
    assert_eq!(table, expected);
    assert_eq!(table[0], vec!["Ada", "100", "102"]);
}

// --- async: loading records from services

async fn fetch_customer(id: u32) -> Result<Customer, ValidationError> {
    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    customers()
        .into_iter()
        .find(|c| c.id == id)
        .ok_or(ValidationError::UnknownCustomer(id))
}

async fn fetch_orders_of(id: u32) -> Vec<Order> {
    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    orders()
        .into_iter()
        .filter(|o| o.customer_id == id)
        .collect()
}

struct Service {
    ids: Vec<u32>,
}

impl Service {
    // Python: async def names(self): return [(await fetch(i)).name for i in self.ids]
    async fn names(&self) -> Result<Vec<String>, ValidationError> {
        acomp![fetch_customer(*i).await?.name for i in &self.ids]
    }

    // Python: async def totals(self): return {i: sum(o.total() for o in await fetch_orders_of(i)) for i in self.ids}
    async fn totals(&self) -> HashMap<u32, u64> {
        acomp!({*i: (o.total() for o in fetch_orders_of(*i).await).sum::<u64>() for i in &self.ids; concurrency = 4})
    }
}

#[tokio::test(start_paused = true)]
async fn async_method_question_names() {
    let s = Service { ids: vec![1, 3, 4] };
    let names = s.names().await;
    assert_eq!(
        names,
        Ok(vec!["Ada".to_string(), "Cy".into(), "Dee".into()])
    );
    let bad = Service { ids: vec![1, 8, 3] };
    assert_eq!(bad.names().await, Err(ValidationError::UnknownCustomer(8)));
}

#[tokio::test(start_paused = true)]
async fn async_method_concurrent_dict() {
    let s = Service {
        ids: vec![1, 2, 3, 7],
    };
    let start = tokio::time::Instant::now();
    let t = s.totals().await;
    assert_eq!(start.elapsed(), std::time::Duration::from_millis(10));
    let mut expected = HashMap::new();
    for &i in &s.ids {
        let sum: u64 = orders()
            .iter()
            .filter(|o| o.customer_id == i)
            .map(Order::total)
            .sum();
        expected.insert(i, sum);
    }
    assert_eq!(t, expected);
}

#[tokio::test(start_paused = true)]
async fn async_join_if_let_ok_skip_failures() {
    // Python: [(c.name, len(await fetch_orders_of(c.id))) for i in ids if (c := await try_fetch(i))]
    let ids = vec![1u32, 6, 4];
    let rows = acomp![(c.name, fetch_orders_of(c.id).await.len()) for i in &ids if let Ok(c) = fetch_customer(*i).await];
    let mut expected = vec![];
    for i in &ids {
        if let Ok(c) = fetch_customer(*i).await {
            expected.push((c.name.clone(), fetch_orders_of(c.id).await.len()));
        }
    }
    assert_eq!(rows, expected);
    assert_eq!(rows, vec![("Ada".to_string(), 2), ("Dee".to_string(), 1)]);
}

#[tokio::test(start_paused = true)]
async fn async_concurrent_unordered_set_of_tiers() {
    // Python: {(await fetch(i)).tier for i in ids}
    let ids = vec![1u32, 2, 3, 4, 5];
    let start = tokio::time::Instant::now();
    let tiers = acomp!({fetch_customer(i).await.map(|c| c.tier).unwrap_or(Tier::Free) for i in ids.iter().copied(); concurrency = 5});
    assert_eq!(start.elapsed(), std::time::Duration::from_millis(10));
    let expected: HashSet<Tier> = customers().iter().map(|c| c.tier).collect();
    assert_eq!(tiers, expected);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_stream_of_reports() {
    use futures::StreamExt;
    // Python: async gen (f"{o.id}:{o.total()}" for i in ids for o in await fetch_orders_of(i))
    let ids = vec![1u32, 3];
    let lines: Vec<String> = acomp!((format!("{}:{}", o.id, o.total()) for i in &ids for o in fetch_orders_of(*i).await))
        .collect()
        .await;
    let mut expected = vec![];
    for i in &ids {
        for o in fetch_orders_of(*i).await {
            expected.push(format!("{}:{}", o.id, o.total()));
        }
    }
    assert_eq!(lines, expected);
    assert_eq!(lines, vec!["100:2250", "102:1800", "101:500"]);
}

#[tokio::test(start_paused = true)]
async fn async_comprehension_passed_to_fn() {
    // Python: total_cents([o.total() for i in ids for o in await fetch_orders_of(i)])
    let ids = vec![1u32, 3, 4];
    let t = total_cents(acomp![o.total() for i in &ids for o in fetch_orders_of(*i).await]);
    let mut expected = 0;
    for o in orders() {
        if ids.contains(&o.customer_id) {
            expected += o.total();
        }
    }
    assert_eq!(t, expected);
}

// --- parallel

#[cfg(feature = "rayon")]
#[test]
fn parallel_order_totals_by_customer() {
    // Python: with ProcessPoolExecutor() as p: totals = dict(p.map(...))
    let db = Db::new();
    let totals = comp!({o.id: o.total() for o in &db.orders if db.customers.contains_key(&o.customer_id); parallel});
    let mut expected = HashMap::new();
    for o in &db.orders {
        if db.customers.contains_key(&o.customer_id) {
            expected.insert(o.id, o.total());
        }
    }
    assert_eq!(totals, expected);
    let lines = comp![format!("{}={}", c.id, c.name) for c in &customers(); parallel];
    assert_eq!(
        lines,
        customers()
            .iter()
            .map(|c| format!("{}={}", c.id, c.name))
            .collect::<Vec<_>>()
    );
}

// --- harder shapes inside impl blocks and trait defaults

impl Db {
    // Python: def orders_for_tier(self, tier): return (o for c in self.customers.values() if c.tier == tier for o in self.orders if o.customer_id == c.id)
    fn orders_for_tier(&self, tier: Tier) -> impl Iterator<Item = &Order> + '_ {
        comp!(move (o for c in self.customers.values() if c.tier == tier for o in &self.orders if o.customer_id == c.id))
    }

    // Python: def manager_names(self): return [self.customers[c.manager_id].name for c in ...]  (None if any missing)
    fn manager_names(&self, ids: &[u32]) -> Option<Vec<&str>> {
        comp![self.customers.get(&self.customers.get(id)?.manager_id?)?.name.as_str() for id in ids]
    }

    // Python: def log_totals(self): self.audit += [f"{o.id}={self.total_of(o)}" for o in self.orders]
    fn total_of(&self, o: &Order) -> u64 {
        o.total()
    }
    fn log_totals(&mut self) {
        let lines = comp![format!("{}={}", o.id, self.total_of(o)) for o in &self.orders];
        self.audit.extend(lines);
    }

    // Python: self.audit.extend(f"seen {o.id}" for o in self.orders)  -- disjoint fields
    fn log_seen(&mut self) {
        self.audit
            .extend(comp!((format!("seen {}", o.id) for o in &self.orders)));
    }

    // Python: def parsed(self, raw): return (parse_cents(p) for p in raw)
    fn parsed<'a>(
        &self,
        raw: &'a [&'a str],
    ) -> impl Iterator<Item = Result<u64, ValidationError>> + 'a {
        comp!((parse_cents(p)? for p in raw))
    }
}

#[test]
fn method_lazy_nested_with_param_move() {
    let db = Db::new();
    let mut ids = comp![o.id for o in db.orders_for_tier(Tier::Pro)];
    ids.sort();
    let mut expected = vec![];
    for o in &db.orders {
        if let Some(c) = db.customers.get(&o.customer_id) {
            if c.tier == Tier::Pro {
                expected.push(o.id);
            }
        }
    }
    expected.sort();
    assert_eq!(ids, expected);
    assert_eq!(ids, vec![101, 104]);
}

#[test]
fn method_option_question_chain_nested() {
    let db = Db::new();
    assert_eq!(db.manager_names(&[2, 3, 4]), Some(vec!["Ada", "Ada", "Cy"]));
    assert_eq!(db.manager_names(&[2, 1]), None);
    assert_eq!(db.manager_names(&[5]), None);
}

#[test]
fn method_mut_self_calls_self_method_and_disjoint_fields() {
    let mut db = Db::new();
    db.log_totals();
    db.log_seen();
    let mut expected: Vec<String> = db
        .orders
        .iter()
        .map(|o| format!("{}={}", o.id, o.total()))
        .collect();
    expected.extend(db.orders.iter().map(|o| format!("seen {}", o.id)));
    assert_eq!(db.audit, expected);
}

#[test]
fn method_lazy_question_returned() {
    let db = Db::new();
    let raw = ["1.05", "x", "2.00"];
    let got: Vec<_> = db.parsed(&raw).collect();
    assert_eq!(
        got,
        vec![Ok(105), Err(ValidationError::BadPrice("x".into()))]
    );
    let all: Result<Vec<u64>, _> = db.parsed(&["3.10", "0.99"]).collect();
    assert_eq!(all, Ok(vec![310, 99]));
}

trait Auditable {
    fn events(&self) -> Vec<(u32, String)>;

    // Python: def by_id(self): return {i: [e for j, e in self.events() if j == i] for i, _ in self.events()}
    fn by_id(&self) -> HashMap<u32, Vec<String>> {
        let ev = self.events();
        comp!({*i: [e.clone() for (j, e) in &ev if j == i] for (i, _) in &ev})
    }

    // Python: def matching(self, word): return (e for _, e in self.events() if word in e)
    fn matching<'a>(&self, word: &'a str) -> impl Iterator<Item = String> + 'a {
        comp!(move (e for (_, e) in self.events() if e.contains(word)))
    }
}

impl Auditable for Db {
    fn events(&self) -> Vec<(u32, String)> {
        comp![(o.id, format!("{:?}", o.status)) for o in &self.orders]
    }
}

#[test]
fn trait_default_dict_of_lists_over_local() {
    let db = Db::new();
    let g = db.by_id();
    let mut expected: HashMap<u32, Vec<String>> = HashMap::new();
    for o in &db.orders {
        expected
            .entry(o.id)
            .or_default()
            .push(format!("{:?}", o.status));
    }
    assert_eq!(g, expected);
}

#[test]
fn trait_default_lazy_rpitit_over_owned_temporary() {
    let db = Db::new();
    let shipped: Vec<String> = db.matching("Shipped").collect();
    let expected: Vec<String> = db
        .events()
        .into_iter()
        .map(|(_, e)| e)
        .filter(|e| e.contains("Shipped"))
        .collect();
    assert_eq!(shipped, expected);
    assert_eq!(shipped.len(), 2);
}

// --- element shapes: macros, blocks, loops, async blocks

#[test]
fn matches_with_guard_in_filter() {
    // Python: [o.id for o in orders if isinstance(o.status, Shipped) and o.status.tracking.startswith("TRK1")]
    let os = orders();
    let ids = comp![o.id for o in &os if matches!(&o.status, Status::Shipped { tracking } if tracking.starts_with("TRK1"))];
    let mut expected = vec![];
    for o in &os {
        if let Status::Shipped { tracking } = &o.status {
            if tracking.starts_with("TRK1") {
                expected.push(o.id);
            }
        }
    }
    assert_eq!(ids, expected);
    assert_eq!(ids, vec![100]);
}

#[test]
fn or_pattern_in_if_let_clause() {
    // Python: [o.id for o in orders if o.status.kind in ("pending", "shipped")]
    let os = orders();
    let ids = comp![o.id for o in &os if let Status::Pending | Status::Shipped { .. } = o.status];
    let expected: Vec<u32> = os
        .iter()
        .filter(|o| !matches!(o.status, Status::Cancelled { .. }))
        .map(|o| o.id)
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn format_named_width_args() {
    // Python: [f"{c.name:>{w}}|{c.id:0{w}}" for c in cs]
    let cs = customers();
    let w = 5;
    let lines = comp![format!("{name:>w$}|{id:0w$}", name = c.name, id = c.id, w = w) for c in &cs];
    let mut expected = vec![];
    for c in &cs {
        expected.push(format!("{:>5}|{:05}", c.name, c.id));
    }
    assert_eq!(lines, expected);
    assert_eq!(lines[0], "  Ada|00001");
}

#[test]
fn loop_with_break_value_in_element_block() {
    // Python: [next(i.sku for i in o.items if i.qty > 1) if any(...) else None for o in orders]
    let os = orders();
    let first_multi = comp![{ let mut found = None; for i in &o.items { if i.qty > 1 { found = Some(i.sku.as_str()); break; } } found } for o in &os];
    let expected: Vec<Option<&str>> = os
        .iter()
        .map(|o| o.items.iter().find(|i| i.qty > 1).map(|i| i.sku.as_str()))
        .collect();
    assert_eq!(first_multi, expected);
    // a `loop` with `break value`: the digit sum of each order total, to one digit
    let roots = comp![{ let mut n = o.total(); loop { if n < 10 { break n; } n = n.to_string().bytes().map(|b| (b - b'0') as u64).sum(); } } for o in &os];
    let mut expected2 = vec![];
    for o in &os {
        let mut n = o.total();
        while n >= 10 {
            n = n.to_string().bytes().map(|b| (b - b'0') as u64).sum();
        }
        expected2.push(n);
    }
    assert_eq!(roots, expected2);
}

#[test]
fn closure_with_early_return_in_element() {
    // Python: [(lambda o: "empty" if not o.items else o.items[0].sku)(o) for o in orders]
    let os = orders();
    let v = comp![(|o: &Order| { if o.items.is_empty() { return "empty".to_string(); } o.items[0].sku.clone() })(o) for o in &os];
    let expected: Vec<String> = os
        .iter()
        .map(|o| {
            o.items
                .first()
                .map_or("empty".to_string(), |i| i.sku.clone())
        })
        .collect();
    assert_eq!(v, expected);
}

#[tokio::test(start_paused = true)]
async fn async_blocks_built_by_comp_then_joined() {
    // Python: await asyncio.gather(*[fetch_customer(i) for i in ids])
    let ids = vec![3u32, 1, 5];
    let futs =
        comp![async move { fetch_customer(i).await.map(|c| c.name) } for i in ids.iter().copied()];
    let start = tokio::time::Instant::now();
    let names = futures::future::join_all(futs).await;
    assert_eq!(start.elapsed(), std::time::Duration::from_millis(10));
    let mut expected = vec![];
    for &i in &ids {
        expected.push(fetch_customer(i).await.map(|c| c.name));
    }
    assert_eq!(names, expected);
}

#[tokio::test(start_paused = true)]
async fn async_fn_calls_without_await_in_comp() {
    // Python: coros = [fetch_orders_of(i) for i in ids]; await asyncio.gather(*coros)
    let ids = [1u32, 4];
    let lists = futures::future::join_all(comp![fetch_orders_of(*i) for i in &ids]).await;
    let ns = comp![l.len() for l in &lists];
    assert_eq!(ns, vec![2, 1]);
}

#[test]
fn walrus_in_condition_of_conditional_element() {
    // Python: [t if (t := o.total()) > 1000 else 0 for o in orders]
    let os = orders();
    let v = comp![t if (t := o.total()) > 1000 else 0 for o in &os];
    let expected: Vec<u64> = os
        .iter()
        .map(|o| if o.total() > 1000 { o.total() } else { 0 })
        .collect();
    assert_eq!(v, expected);
}

#[test]
fn struct_literal_element_and_let() {
    // Python: [Summary(id=o.id, total=o.total(), open=o.is_open()) for o in orders]
    #[derive(Debug, PartialEq)]
    struct Summary {
        id: u32,
        total: u64,
        open: bool,
    }
    let os = orders();
    let v = comp![Summary { id: o.id, total, open: o.is_open() } for o in &os let total = o.total() if total > 0];
    let mut expected = vec![];
    for o in &os {
        let total = o.total();
        if total > 0 {
            expected.push(Summary {
                id: o.id,
                total,
                open: o.is_open(),
            });
        }
    }
    assert_eq!(v, expected);
    let w =
        comp![s.id for o in &os let s = Summary { id: o.id, total: 0, open: false } if s.id > 102];
    assert_eq!(w, vec![103, 104]);
}

#[test]
fn status_equality_against_struct_variant_literal() {
    // Python: [o.id for o in orders if o.status == Shipped(tracking="TRK2")]
    let os = orders();
    let ids =
        comp![o.id for o in &os if o.status == (Status::Shipped { tracking: "TRK2".to_string() })];
    assert_eq!(ids, vec![104]);
}

// --- the expected type reaching the element (coercions)

#[test]
fn deref_coercion_string_to_str_element() {
    // Python: names: list[str] = [c.name for c in cs]
    let cs = customers();
    let names: Vec<&str> = comp![&c.name for c in &cs];
    let filtered: Vec<&str> = comp![&c.name for c in &cs if c.tier != Tier::Free];
    let mut expected: Vec<&str> = vec![];
    for c in &cs {
        expected.push(&c.name);
    }
    assert_eq!(names, expected);
    assert_eq!(filtered, vec!["Ada", "Cy", "Dee"]);
}

fn names_of(cs: &[Customer]) -> Vec<&str> {
    // Python: def names_of(cs) -> list[str]: return [c.name for c in cs]
    comp![&c.name for c in cs]
}

#[test]
fn deref_coercion_from_return_type() {
    let cs = customers();
    assert_eq!(
        names_of(&cs),
        cs.iter().map(|c| c.name.as_str()).collect::<Vec<_>>()
    );
}

#[test]
fn unsize_coercion_boxed_validators() {
    // Python: validators = [lambda o, t=t: o.total() >= t for t in thresholds]
    let thresholds = [0u64, 2000];
    type Check = Box<dyn Fn(&Order) -> bool>;
    let checks: Vec<Check> = comp![Box::new(move |o: &Order| o.total() >= t) for t in thresholds];
    let os = orders();
    let table = comp![[o.id for o in &os if f(o)] for f in &checks];
    let mut expected = vec![];
    for t in thresholds {
        expected.push(
            os.iter()
                .filter(|o| o.total() >= t)
                .map(|o| o.id)
                .collect::<Vec<_>>(),
        );
    }
    assert_eq!(table, expected);
}

#[test]
fn unsize_coercion_dyn_display_refs() {
    // Python: cells = {name: value for ...}  (mixed types, printed with str())
    let c = &customers()[0];
    let cells: Vec<(&str, &dyn fmt::Display)> =
        comp![(k, v) for (k, v) in [("id", &c.id as &dyn fmt::Display), ("name", &c.name)]];
    let line = comp![format!("{k}={v}") for (k, v) in &cells].join(" ");
    assert_eq!(line, "id=1 name=Ada");
    let cs = customers();
    let dyn_map: HashMap<&str, Box<dyn fmt::Display>> =
        comp!({c.name.as_str(): Box::new(c.id) for c in &cs if c.id > 3});
    let mut shown = comp![format!("{k}:{v}") for (k, v) in &dyn_map];
    shown.sort();
    assert_eq!(shown, vec!["Dee:4", "Eve:5"]);
}

#[test]
fn boxed_errors_list() {
    // Python: errors: list[Exception] = [e for s in raw if (e := check(s))]
    let raw = ["1.00", "x", "2.5", "y.1"];
    let errs: Vec<Box<dyn std::error::Error>> =
        comp![Box::new(e) for s in raw if let Err(e) = parse_cents(s)];
    let msgs = comp![e.to_string() for e in &errs];
    let mut expected = vec![];
    for s in raw {
        if let Err(e) = parse_cents(s) {
            expected.push(e.to_string());
        }
    }
    assert_eq!(msgs, expected);
    assert_eq!(msgs, vec!["bad price \"x\"", "bad price \"y.1\""]);
}

// --- shared state: RefCell, Mutex, OnceLock

struct Cache {
    rows: std::cell::RefCell<Vec<Order>>,
    hits: u32,
}

impl Cache {
    // Python: def open_ids(self): return [o.id for o in self.rows if o.is_open()]
    fn open_ids(&self) -> Vec<u32> {
        comp![o.id for o in self.rows.borrow().iter() if o.is_open()]
    }

    // Python: def touch(self): return [self.bump() or o.id for o in self.rows]
    fn touch_all(&mut self) -> Vec<(u32, u32)> {
        let rows = self.rows.get_mut();
        comp![{ self.hits += 1; (o.id, self.hits) } for o in rows.iter()]
    }
}

#[test]
fn refcell_borrow_first_iterable_in_method() {
    let mut c = Cache {
        rows: std::cell::RefCell::new(orders()),
        hits: 0,
    };
    assert_eq!(c.open_ids(), vec![101, 102]);
    let t = c.touch_all();
    assert_eq!(t, vec![(100, 1), (101, 2), (102, 3), (103, 4), (104, 5)]);
    assert_eq!(c.hits, 5);
}

#[test]
fn mutex_lock_first_iterable_len() {
    // Python: with lock: n = len([o for o in table if o.customer_id == 1])
    let table = std::sync::Mutex::new(orders());
    let n = comp![o.id for o in table.lock().unwrap().iter() if o.customer_id == 1].len();
    let expected = table
        .lock()
        .unwrap()
        .iter()
        .filter(|o| o.customer_id == 1)
        .count();
    assert_eq!(n, expected);
}

static INDEX: std::sync::OnceLock<HashMap<u32, String>> = std::sync::OnceLock::new();

fn index() -> &'static HashMap<u32, String> {
    // Python: @cache def index(): return {c.id: c.name for c in load()}
    INDEX.get_or_init(|| comp!({c.id: c.name for c in customers()}))
}

#[test]
fn oncelock_init_with_comprehension() {
    let i = index();
    for c in customers() {
        assert_eq!(i[&c.id], c.name);
    }
    assert_eq!(i.len(), 5);
}

// --- iterator protocol of lazy forms

#[test]
fn lazy_rev_len_zip() {
    // Python: list(reversed([o.id for o in orders]))
    let os = orders();
    let rev: Vec<u32> = comp!((o.id for o in &os)).rev().collect();
    let mut expected: Vec<u32> = os.iter().map(|o| o.id).collect();
    expected.reverse();
    assert_eq!(rev, expected);
    // Python: len(orders) via the generator's length
    assert_eq!(comp!((o.id for o in &os)).len(), os.len());
    // Python: list(zip((o.id for o in orders), (o.total() for o in orders if o.items)))
    let z: Vec<(u32, u64)> = comp!((o.id for o in &os))
        .zip(comp!((o.total() for o in &os if !o.items.is_empty())))
        .collect();
    assert_eq!(z.len(), 4);
    assert_eq!(z[3], (103, os[3].total()));
    // reversed flatten
    let last_sku = comp!((i.sku.as_str() for o in &os for i in &o.items)).next_back();
    assert_eq!(last_sku, Some("B-2"));
}

#[test]
fn conditional_in_index_and_method_arg() {
    // Python: [o.items[0 if o.is_open() else -1].sku for o in orders if o.items]
    let os = orders();
    let v = comp![o.items[0 if o.is_open() else o.items.len() - 1].sku.as_str() for o in &os if !o.items.is_empty()];
    let mut expected = vec![];
    for o in &os {
        if !o.items.is_empty() {
            let i = if o.is_open() { 0 } else { o.items.len() - 1 };
            expected.push(o.items[i].sku.as_str());
        }
    }
    assert_eq!(v, expected);
    // Python: [c.email or ("none" if c.tier == FREE else "missing") for c in cs]
    let cs = customers();
    let e = comp![c.email.as_deref().unwrap_or("none" if c.tier == Tier::Free else "missing") for c in &cs];
    assert_eq!(e, vec!["ada@x.io", "none", "cy@x.io", "dee@y.org", "none"]);
}

#[test]
fn closure_body_conditional_in_filter() {
    // Python: [o.id for o in orders if any((i.qty > 0 if strict else True) for i in o.items)]
    let os = orders();
    let strict = true;
    let ids = comp![o.id for o in &os if o.items.iter().any(|i| i.qty > 1 if strict else true)];
    let expected: Vec<u32> = os
        .iter()
        .filter(|o| o.items.iter().any(|i| i.qty > 1))
        .map(|o| o.id)
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn let_clause_destructures_option_with_question() {
    // Python: [(d, c) for s in prices for d, c in [s.split(".")]]  -- None if any lacks a dot
    let prices = ["1.05", "20.00"];
    let r = comp![(d.parse::<u32>().ok()?, c) for s in prices let (d, c) = s.split_once('.')?];
    assert_eq!(r, Some(vec![(1, "05"), (20, "00")]));
    let r2 = comp![d for s in ["1.0", "2"] let (d, _c) = s.split_once('.')?];
    assert_eq!(r2, None);
}

// --- patterns: struct patterns, slices, @ bindings

#[test]
fn struct_pattern_as_loop_target() {
    // Python: [(c.name, c.tier) for c in cs]  -- destructured
    let cs = customers();
    let v =
        comp![(name.as_str(), *tier) for Customer { name, tier, .. } in &cs if *tier != Tier::Free];
    let mut expected = vec![];
    for c in &cs {
        if c.tier != Tier::Free {
            expected.push((c.name.as_str(), c.tier));
        }
    }
    assert_eq!(v, expected);
    // with enumerate
    let w = comp!({i: name.len() for (i, Customer { name, .. }) in cs.iter().enumerate()});
    assert_eq!(w.len(), 5);
    assert_eq!(w[&0], 3);
}

#[test]
fn struct_pattern_with_nested_option_in_if_let() {
    // Python: {c.id: c.email for c in cs if c.email}
    let cs = customers();
    let m = comp!({*id: e.as_str() for c in &cs if let Customer { id, email: Some(e), .. } = c});
    let mut expected = HashMap::new();
    for c in &cs {
        if let Some(e) = &c.email {
            expected.insert(c.id, e.as_str());
        }
    }
    assert_eq!(m, expected);
}

#[test]
fn slice_pattern_first_last_items() {
    // Python: [(o.id, o.items[0].sku, o.items[-1].sku) for o in orders if len(o.items) >= 2]
    let os = orders();
    let v = comp![(o.id, first.sku.as_str(), last.sku.as_str()) for o in &os if let [first, .., last] = o.items.as_slice()];
    let mut expected = vec![];
    for o in &os {
        if o.items.len() >= 2 {
            expected.push((
                o.id,
                o.items[0].sku.as_str(),
                o.items[o.items.len() - 1].sku.as_str(),
            ));
        }
    }
    assert_eq!(v, expected);
}

#[test]
fn at_binding_range_pattern() {
    // Python: [(c.name, m) for c in cs if c.manager_id is not None and 1 <= c.manager_id <= 3]
    let cs = customers();
    let v = comp![(c.name.as_str(), m) for c in &cs if let Some(m @ 1..=3) = c.manager_id];
    let mut expected = vec![];
    for c in &cs {
        if let Some(m) = c.manager_id {
            if (1..=3).contains(&m) {
                expected.push((c.name.as_str(), m));
            }
        }
    }
    assert_eq!(v, expected);
}

#[test]
fn ref_pattern_and_tuple_struct_target() {
    // Python: [a * b for a, b in pairs]
    struct Pair(u32, u64);
    let pairs = vec![Pair(2, 500), Pair(3, 10)];
    let v = comp![*a as u64 * b for &Pair(ref a, b) in &pairs];
    assert_eq!(v, vec![1000, 30]);
}

// --- fallible constructors and nested fallible comprehensions

#[derive(Debug)]
struct PriceBook {
    prices: HashMap<String, u64>,
    tiers: Vec<Tier>,
}

impl PriceBook {
    // Python: def from_rows(rows): return PriceBook({sku: parse_cents(p) for sku, p in rows}, ...)
    fn from_rows(rows: &[(&str, &str)], tiers: &[&str]) -> Result<Self, ValidationError> {
        Ok(PriceBook {
            prices: comp!({sku.to_string(): parse_cents(p)? for (sku, p) in rows})?,
            tiers: comp![match *t { "free" => Tier::Free, "pro" => Tier::Pro, "ent" => Tier::Enterprise, other => Err(ValidationError::BadPrice(other.to_string()))? } for t in tiers]?,
        })
    }
}

#[test]
fn fallible_constructor_with_two_comprehensions() {
    let pb = PriceBook::from_rows(&[("A", "1.00"), ("B", "0.50")], &["pro", "free"]).unwrap();
    assert_eq!(pb.prices["A"], 100);
    assert_eq!(pb.prices["B"], 50);
    assert_eq!(pb.tiers, vec![Tier::Pro, Tier::Free]);
    let e = PriceBook::from_rows(&[("A", "1.00")], &["pro", "gold"]).unwrap_err();
    assert_eq!(e, ValidationError::BadPrice("gold".into()));
    let e2 = PriceBook::from_rows(&[("A", "1")], &["pro"]).unwrap_err();
    assert_eq!(e2, ValidationError::BadPrice("1".into()));
}

#[test]
fn nested_fallible_rows() {
    // Python: [[parse_cents(p) for p in row] for row in sheet]  (raises)
    let sheet = vec![vec!["1.00", "2.00"], vec!["0.10"]];
    let r = comp![comp![parse_cents(p)? for p in row]? for row in &sheet];
    assert_eq!(r, Ok(vec![vec![100, 200], vec![10]]));
    let bad = vec![vec!["1.00"], vec!["zz"]];
    let r2 = comp![[parse_cents(p)? for p in row]? for row in &bad];
    assert_eq!(r2, Err(ValidationError::BadPrice("zz".into())));
}

#[test]
fn struct_field_expected_result_type() {
    // Python: self.loaded = {sku: parse(p) for ...}  (exception captured)
    struct Loaded {
        prices: Result<HashMap<String, u64>, ValidationError>,
    }
    let rows = [("A", "1.50"), ("B", "2.25")];
    let l = Loaded {
        prices: comp!({s.to_string(): parse_cents(p)? for (s, p) in rows}),
    };
    let mut expected = HashMap::new();
    for (s, p) in rows {
        expected.insert(s.to_string(), parse_cents(p).unwrap());
    }
    assert_eq!(l.prices, Ok(expected));
}

// --- comprehensions in closures and iterator adapters

#[test]
fn comprehension_inside_map_closure() {
    // Python: list(map(lambda o: [i.qty for i in o.items], orders))
    let os = orders();
    let qtys: Vec<Vec<u32>> = os.iter().map(|o| comp![i.qty for i in &o.items]).collect();
    let expected: Vec<Vec<u32>> = os
        .iter()
        .map(|o| o.items.iter().map(|i| i.qty).collect())
        .collect();
    assert_eq!(qtys, expected);
}

#[test]
fn closure_returning_boxed_lazy_stored_in_struct() {
    // Python: self.view = lambda rows: (r.id for r in rows if r.is_open())
    type View = Box<dyn for<'a> Fn(&'a [Order]) -> Box<dyn Iterator<Item = u32> + 'a>>;
    struct Screen {
        view: View,
    }
    let s = Screen {
        view: Box::new(|rows| Box::new(comp!((r.id for r in rows if r.is_open())))),
    };
    let os = orders();
    let got: Vec<u32> = (s.view)(&os).collect();
    assert_eq!(got, vec![101, 102]);
}

#[test]
fn comprehension_in_match_guard_and_while_let() {
    // Python: if not [o for o in orders if o.is_open()]: ...
    let mut queue = orders();
    let state = match queue.len() {
        0 => "empty",
        _ if comp![o for o in &queue if o.is_open()].is_empty() => "idle",
        _ => "busy",
    };
    assert_eq!(state, "busy");
    let mut popped = vec![];
    while let Some(id) = comp![o.id for o in &queue if o.is_open()].first().copied() {
        queue.retain(|o| o.id != id);
        popped.push(id);
    }
    assert_eq!(popped, vec![101, 102]);
}

// --- async in impl blocks

struct Gateway {
    ids: Vec<u32>,
    prefix: String,
}

impl Gateway {
    async fn label(&self, id: u32) -> Option<String> {
        let c = fetch_customer(id).await.ok()?;
        Some(format!("{}{}", self.prefix, c.name))
    }

    // Python: async def labels(self): return [l for i in self.ids if (l := await self.label(i))]
    async fn labels(&self) -> Vec<String> {
        acomp![l for i in &self.ids if let Some(l) = self.label(*i).await; concurrency = 3]
    }

    // Python: def stream(self): return (await self.label(i) for i in self.ids)
    fn stream(&self) -> impl futures::Stream<Item = Option<String>> + '_ {
        acomp!((self.label(*i).await for i in &self.ids))
    }
}

#[tokio::test(start_paused = true)]
async fn async_self_method_in_concurrent_items() {
    let g = Gateway {
        ids: vec![1, 9, 4, 5],
        prefix: "> ".into(),
    };
    let start = tokio::time::Instant::now();
    let ls = g.labels().await;
    assert_eq!(start.elapsed(), std::time::Duration::from_millis(20));
    let mut expected = vec![];
    for &i in &g.ids {
        if let Some(l) = g.label(i).await {
            expected.push(l);
        }
    }
    assert_eq!(ls, expected);
    assert_eq!(ls, vec!["> Ada", "> Dee", "> Eve"]);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_stream_from_self_method() {
    use futures::StreamExt;
    let g = Gateway {
        ids: vec![3, 8],
        prefix: String::new(),
    };
    let got: Vec<Option<String>> = g.stream().collect().await;
    assert_eq!(got, vec![Some("Cy".to_string()), None]);
}
