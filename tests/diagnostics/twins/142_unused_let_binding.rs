//! mistake: a `let` clause whose binding the element never uses (hand-written)
fn main() {
    let titles = vec!["Hello World", "Rust Tips"];
    let mut upper = Vec::new();
    for t in titles {
        let slug = t.replace(' ', "-");
        upper.push(t.to_uppercase());
    }
    println!("{upper:?}");
}
