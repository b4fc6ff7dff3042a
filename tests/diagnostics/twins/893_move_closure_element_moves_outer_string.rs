//! mistake: a `move` closure pushed in a loop captures an outer `String`, moved into the first closure
//! offending: move || format!("{prefix}{i}")
//! category: ownership
fn main() {
    let prefix = String::from("item-");
    let mut labelers = Vec::new();
    for i in 0..3 {
        labelers.push(move || format!("{prefix}{i}"));
    }
    for l in &labelers {
        println!("{}", l());
    }
}
