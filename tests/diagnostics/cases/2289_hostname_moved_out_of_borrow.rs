//! mistake: took the `hostname` field by value out of an inventory borrowed with `&inventory`
//! offending: h.hostname
//! category: ownership
use comprehensions::comp;

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
    let targets: Vec<String> = comp![h.hostname for h in &inventory if h.enabled && h.group == "web"];
    println!("deploying to {targets:?} ({} hosts in inventory)", inventory.len());
}
