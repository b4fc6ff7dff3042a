//! mistake: a builder stores a lazy `comp!((..))` (Python's generator expression) in a `Vec<u32>` field without collecting it
//! offending: (w * 2 for w in weights)
//! category: type
use comprehensions::comp;

struct Layer {
    weights: Vec<u32>,
}

struct LayerBuilder {
    weights: Vec<u32>,
}

impl LayerBuilder {
    fn doubled(self) -> Layer {
        let weights = &self.weights;
        Layer { weights: comp!((w * 2 for w in weights)) }
    }
}

fn main() {
    let l = LayerBuilder { weights: vec![1, 2, 3] }.doubled();
    println!("{:?}", l.weights);
}
