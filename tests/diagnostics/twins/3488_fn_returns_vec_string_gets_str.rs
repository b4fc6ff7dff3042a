//! mistake: returned `&str` names from a function declared to return `Vec<String>`
//! offending: a.name.as_str()
//! category: type

struct Alert {
    name: String,
    firing: bool,
}

fn firing_names(alerts: &[Alert]) -> Vec<String> {
    let mut out = Vec::new();
    for a in alerts {
        if a.firing {
            out.push(a.name.as_str());
        }
    }
    out
}

fn main() {
    let alerts = vec![Alert { name: "DiskFull".into(), firing: true }];
    println!("{:?}", firing_names(&alerts));
}
