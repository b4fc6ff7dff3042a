//! mistake: moved the one `region` String into the dict value for every station
//! offending: region
//! category: ownership
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
    let mut region_of: HashMap<&str, String> = HashMap::new();
    for s in &stations {
        if s.active {
            region_of.insert(s.code.as_str(), region);
        }
    }
    println!("{region_of:?}");
}
