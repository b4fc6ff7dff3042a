//! mistake: a generator bound to a name and then forgotten: the loop below iterates the source again instead of it
//! offending: evens
//! category: lint
use comprehensions::comp;

fn main() {
    let readings = vec![3, 8, 12, 7, 20];
    let evens = comp!((r for r in &readings if r % 2 == 0));
    for r in &readings {
        println!("{r}");
    }
}
