//! mistake: using a Vec after the comprehension consumed it (no `&` in the iterable) (hand-written)
fn main() {
    let names = vec!["Ada".to_string(), "Linus".to_string()];
    let mut upper = Vec::new();
    for n in names {
        upper.push(n.to_uppercase());
    }
    println!("{} names: {upper:?}", names.len());
}
