//! mistake: unpacking three names from rows that are (name, age) pairs (hand-written)
fn main() {
    let rows: Vec<(String, u32)> = vec![("ann".to_string(), 31), ("bob".to_string(), 17)];
    let mut adults = Vec::new();
    for (name, age, city) in rows {
        if age >= 18 {
            adults.push(format!("{name} ({city})"));
        }
    }
    println!("{adults:?}");
}
