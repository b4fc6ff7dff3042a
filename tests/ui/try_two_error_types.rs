use comprehensions::comp;

fn main() {
    let xs = vec!["1", "2.5"];
    let _ = comp![s.parse::<i32>()? + s.parse::<f64>()? as i32 for s in xs];
}
