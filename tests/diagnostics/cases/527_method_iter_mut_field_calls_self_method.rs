//! mistake: a `&mut self` method iterates `self.prices.iter_mut()` and calls a `&self` method of the same struct in the element
//! offending: self.apply(p)
//! category: ownership
use comprehensions::comp;

struct Cart {
    prices: Vec<f64>,
    discount: f64,
}

impl Cart {
    fn apply(&self, p: &mut f64) -> f64 {
        *p *= 1.0 - self.discount;
        *p
    }

    // Python: return [self.apply(i) for i in range(len(self.prices))]
    fn discounted(&mut self) -> Vec<f64> {
        comp![self.apply(p) for p in self.prices.iter_mut()]
    }
}

fn main() {
    let mut c = Cart { prices: vec![10.0, 20.0], discount: 0.1 };
    println!("{:?}", c.discounted());
}
