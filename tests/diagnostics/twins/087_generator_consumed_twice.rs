//! mistake: using a lazy comprehension twice, as if it were a list (hand-written)
fn main() {
    let readings = vec![4, 7, 10, 13];
    let evens = readings.iter().filter(|r| *r % 2 == 0);
    let count = evens.count();
    let total: i32 = evens.sum();
    println!("{total} over {count}");
}
