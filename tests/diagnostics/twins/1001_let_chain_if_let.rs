//! mistake: a let chain `if let Some(p) = .. && p > 1024` (unstable in edition 2021) as a filter
//! offending: let Some(p) = port
//! category: syntax

struct Service {
    name: &'static str,
    port: Option<u16>,
}

fn main() {
    let services = vec![Service { name: "web", port: Some(8080) }, Service { name: "ssh", port: Some(22) }, Service { name: "job", port: None }];
    let mut unprivileged = Vec::new();
    for s in &services {
        let port = s.port;
        if let Some(p) = port && p > 1024 {
            unprivileged.push((s.name, p));
        }
    }
    println!("{unprivileged:?}");
}
