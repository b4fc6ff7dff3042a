//! mistake: moving a `String` out of a Vec by index (`names[i]`) (hand-written)
fn main() {
    let names = vec!["ana".to_string(), "bo".to_string(), "cy".to_string()];
    let order = [2, 0];
    let picked: Vec<String> = order.iter().map(|&i| names[i]).collect();
    println!("{picked:?}");
}
