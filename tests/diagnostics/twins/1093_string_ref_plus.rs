//! mistake: Python's first + " " + last with both names borrowed (&String + &str)
//! offending: first + " "
//! category: type
fn main() {
    let people = vec![("Ada".to_string(), "Lovelace".to_string())];
    let mut full = Vec::new();
    for (first, last) in &people {
        full.push(first + " " + last);
    }
    println!("{full:?}");
}
