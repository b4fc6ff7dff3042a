//! mistake: built `name@version` pin specs with a Python f-string
//! offending: f"{name}@{version}"
//! category: python-habit
fn main() {
    let pins: Vec<(String, String)> = vec![("lodash".into(), "4.17.21".into()), ("react".into(), "18.2.0".into())];
    let specs: Vec<String> = pins.iter().map(|(name, version)| f"{name}@{version}").collect();
    println!("npm install {}", specs.join(" "));
}
