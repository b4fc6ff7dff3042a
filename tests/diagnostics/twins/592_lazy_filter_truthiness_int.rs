//! mistake: `.filter(|n| n % 2)`, Python truthiness of an int as the predicate (hand-written)
fn main() {
    let odd_triples: Vec<i32> = (1..20).map(|n| n * 3).filter(|n| n % 2).collect();
    println!("{odd_triples:?}");
}
