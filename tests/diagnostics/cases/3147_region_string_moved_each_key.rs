//! mistake: moved the one `region` String into the dict value for every station
//! offending: region
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct Station {
    code: String,
    active: bool,
}

fn main() {
    let region = String::from("Pacific Northwest");
    let stations = vec![
        Station { code: "KSEA".into(), active: true },
        Station { code: "KOLM".into(), active: true },
    ];
    let region_of: HashMap<&str, String> =
        comp!({s.code.as_str(): region for s in &stations if s.active});
    println!("{region_of:?}");
}
