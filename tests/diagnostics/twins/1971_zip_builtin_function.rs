//! mistake: paired header names with values using Python's builtin `zip(keys, values)` without importing `std::iter::zip`
//! offending: zip
//! category: python-habit
fn main() {
    let keys = "id,name,shell".split(',').collect::<Vec<_>>();
    let values = "7,ann,/bin/zsh".split(',').collect::<Vec<_>>();
    let mut pairs: Vec<String> = Vec::new();
    for (k, v) in zip(keys, values) {
        pairs.push(format!("{k}={v}"));
    }
    println!("{pairs:?}");
}
