//! mistake: concatenates two `String` fields with `+`, as `first + " " + last`, adding an owned `String` on the right
//! offending: r.last
//! category: type
struct Person {
    first: String,
    last: String,
}

fn main() {
    let rows = vec![Person { first: "Ada".to_string(), last: "Lovelace".to_string() }];
    let mut full = Vec::new();
    for r in &rows {
        full.push(r.first.clone() + " " + r.last);
    }
    println!("{full:?}");
}
