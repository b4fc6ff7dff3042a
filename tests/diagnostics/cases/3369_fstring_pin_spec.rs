//! mistake: built `name@version` pin specs with a Python f-string
//! offending: f"{name}@{version}"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let pins: Vec<(String, String)> = vec![("lodash".into(), "4.17.21".into()), ("react".into(), "18.2.0".into())];
    let specs: Vec<String> = comp![f"{name}@{version}" for (name, version) in &pins];
    println!("npm install {}", specs.join(" "));
}
