fn main() {
    let scores: Vec<i32> = vec![71, 40, 50];
    let mut labels: Vec<&str> = Vec::new();
    for score in scores.iter().copied() {
        labels.push(if score >= 50 { "pass" });
    }
    println!("{:?}", labels);
}
