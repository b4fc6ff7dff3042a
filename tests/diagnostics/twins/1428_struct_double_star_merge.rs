//! mistake: Python's dict merge `{**defaults, "tenant": t}` written as `**defaults` in a struct literal
//! offending: **defaults.clone()
//! category: syntax
#[derive(Clone, Debug)]
struct Settings {
    region: String,
    retries: u32,
    tenant: String,
}

fn main() {
    let defaults = Settings { region: "eu-west-1".into(), retries: 3, tenant: String::new() };
    let tenants = vec!["acme", "globex"];
    let per_tenant: Vec<Settings> =
        tenants.iter().map(|t| Settings { **defaults.clone(), tenant: t.to_string() }).collect();
    println!("{per_tenant:?}");
}
