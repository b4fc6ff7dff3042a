fn main() {
    let orders = vec![vec![2.5, 4.0], vec![10.0]];
    let mut totals = Vec::new();
    for o in &orders {
        let mut total: f64 = o.iter().sum();
        totals.push(total * 1.2);
    }
    println!("{totals:?}");
}
