//! mistake: returned `&str` names from a function declared to return `Vec<String>`
//! offending: a.name.as_str()
//! category: type
use comprehensions::comp;

struct Alert {
    name: String,
    firing: bool,
}

fn firing_names(alerts: &[Alert]) -> Vec<String> {
    comp![a.name.as_str() for a in alerts if a.firing]
}

fn main() {
    let alerts = vec![Alert { name: "DiskFull".into(), firing: true }];
    println!("{:?}", firing_names(&alerts));
}
