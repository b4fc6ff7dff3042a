//! mistake: Python's `for name, price in zip(self.names, self.prices)`: `zip` is not in Rust's prelude (it is `a.iter().zip(&b)`)
//! offending: zip
//! category: python-habit
use comprehensions::comp;

struct Menu {
    names: Vec<String>,
    prices: Vec<u32>,
}

impl Menu {
    fn lines(&self) -> Vec<String> {
        comp![format!("{name}: {price}") for (name, price) in zip(&self.names, &self.prices)]
    }
}

fn main() {
    let m = Menu { names: vec!["tea".into(), "cake".into()], prices: vec![3, 5] };
    println!("{:?}", m.lines());
}
