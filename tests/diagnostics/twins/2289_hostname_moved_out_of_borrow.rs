//! mistake: took the `hostname` field by value out of an inventory borrowed with `&inventory`
//! offending: h.hostname
//! category: ownership

struct Host {
    hostname: String,
    group: String,
    enabled: bool,
}

fn main() {
    let inventory = vec![
        Host { hostname: "web01.prod".into(), group: "web".into(), enabled: true },
        Host { hostname: "web02.prod".into(), group: "web".into(), enabled: false },
        Host { hostname: "db01.prod".into(), group: "db".into(), enabled: true },
    ];
    let targets: Vec<String> = inventory
        .iter()
        .filter(|h| h.enabled && h.group == "web")
        .map(|h| h.hostname)
        .collect();
    println!("deploying to {targets:?} ({} hosts in inventory)", inventory.len());
}
