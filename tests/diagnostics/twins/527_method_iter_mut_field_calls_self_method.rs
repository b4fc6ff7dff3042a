struct Cart {
    prices: Vec<f64>,
    discount: f64,
}

impl Cart {
    fn apply(&self, p: &mut f64) -> f64 {
        *p *= 1.0 - self.discount;
        *p
    }

    fn discounted(&mut self) -> Vec<f64> {
        let mut out = Vec::new();
        for p in self.prices.iter_mut() {
            out.push(self.apply(p));
        }
        out
    }
}

fn main() {
    let mut c = Cart { prices: vec![10.0, 20.0], discount: 0.1 };
    println!("{:?}", c.discounted());
}
