fn main() {
    let temps = vec![21.5, 19.0, 23.25];
    let mut fahrenheit = Vec::new();
    for t in &temps: {
        fahrenheit.push(t * 9.0 / 5.0 + 32.0);
    }
    println!("{fahrenheit:?}");
}
