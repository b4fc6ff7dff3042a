//! mistake: sorts a list of `f64` scores built by a comprehension with `sort()`, as Python's `list.sort()` sorts floats
//! offending: sort
//! category: type

fn main() {
    let fields = vec!["3.5", "1.25", "9.0"];
    let mut scores = Vec::new();
    for f in &fields {
        scores.push(f.parse::<f64>().unwrap());
    }
    scores.sort();
    println!("{scores:?}");
}
