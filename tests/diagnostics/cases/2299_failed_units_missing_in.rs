//! mistake: left out `in` between the loop pattern and the iterable
//! offending: &units
//! category: syntax
use comprehensions::comp;

struct Unit {
    name: &'static str,
    state: &'static str,
}

fn main() {
    let units = vec![
        Unit { name: "nginx.service", state: "active" },
        Unit { name: "backup.service", state: "failed" },
    ];
    let failed = comp![u.name for u &units if u.state == "failed"];
    if !failed.is_empty() {
        eprintln!("failed units: {}", failed.join(", "));
    }
}
