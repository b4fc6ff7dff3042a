fn main() {
    let deltas: Vec<i64> = vec![3, -2, 0];
    let mut signs: Vec<&str> = Vec::new();
    for x in deltas {
        signs.push(x >= 0 ? "+" : "-");
    }
    println!("{:?}", signs);
}
