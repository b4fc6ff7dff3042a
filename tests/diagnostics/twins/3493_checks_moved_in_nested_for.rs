//! mistake: iterated the outer `checks` by value in an inner `for`, moving it on the first host
//! offending: checks
//! category: ownership

#[derive(Debug)]
struct Check {
    path: String,
}

fn main() {
    let hosts = vec!["web-1".to_string(), "web-2".to_string()];
    let checks = vec![Check { path: "/healthz".into() }, Check { path: "/ready".into() }];
    let mut probes = Vec::new();
    for h in &hosts {
        for c in checks {
            probes.push(format!("{h}{}", c.path));
        }
    }
    println!("{probes:?}");
}
