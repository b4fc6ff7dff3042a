//! mistake: collected `&'static str` depot names into a `Vec<String>`
//! offending: d.name
//! category: type
use comprehensions::comp;

struct Depot {
    name: &'static str,
    region: &'static str,
}

fn depots() -> Vec<Depot> {
    vec![Depot { name: "Gonesse", region: "IDF" }, Depot { name: "Saint-Priest", region: "ARA" }]
}

fn main() {
    let all = depots();
    let names: Vec<String> = comp![d.name for d in &all if d.region == "IDF"];
    println!("{names:?}");
}
