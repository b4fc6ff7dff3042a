//! mistake: a walrus left half-typed: `(d := )` with nothing after `:=`
//! offending: :=
//! category: syntax
use comprehensions::comp;

struct Route {
    stops: Vec<(f64, f64)>,
}

fn dist(a: (f64, f64)) -> f64 {
    (a.0 * a.0 + a.1 * a.1).sqrt()
}

impl Route {
    fn far(&self) -> Vec<f64> {
        comp![d for p in &self.stops if (d := ) > 10.0]
    }
}

fn main() {
    let r = Route { stops: vec![(3.0, 4.0), (30.0, 40.0)] };
    println!("{:?} {}", r.far(), dist(r.stops[0]));
}
