//! mistake: annotating a comprehension that uses `?` as a plain `Vec` inside `main` (which returns `()`) (hand-written)
//! offending: p.parse::<u16>()?
fn main() {
    let parts = "8080,8081,x".split(',');
    let mut ports: Vec<u16> = Vec::new();
    for p in parts {
        ports.push(p.parse::<u16>()?);
    }
    println!("{ports:?}");
}
