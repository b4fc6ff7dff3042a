//! mistake: left out `in` between the loop pattern and the iterable
//! offending: &units
//! category: syntax

struct Unit {
    name: &'static str,
    state: &'static str,
}

fn main() {
    let units = vec![
        Unit { name: "nginx.service", state: "active" },
        Unit { name: "backup.service", state: "failed" },
    ];
    let mut failed = Vec::new();
    for u &units {
        if u.state == "failed" {
            failed.push(u.name);
        }
    }
    if !failed.is_empty() {
        eprintln!("failed units: {}", failed.join(", "));
    }
}
