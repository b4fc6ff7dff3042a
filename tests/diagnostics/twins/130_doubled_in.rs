//! mistake: a doubled `in` (`for x in in xs`) (hand-written)
fn main() {
    let temps = vec![21.5, 19.0];
    let mut fahrenheit = Vec::new();
    for t in in temps {
        fahrenheit.push(t * 9.0 / 5.0 + 32.0);
    }
    println!("{fahrenheit:?}");
}
