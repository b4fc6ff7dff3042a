//! mistake: an iterator bound to a name and then forgotten: the loop below iterates the source again instead of it
//! offending: evens
//! category: lint
fn main() {
    let readings = vec![3, 8, 12, 7, 20];
    let evens = readings.iter().filter(|r| *r % 2 == 0);
    for r in &readings {
        println!("{r}");
    }
}
