//! mistake: a builder stores a lazy iterator chain in a `Vec<u32>` field without collecting it
//! offending: weights.iter().map(|w| w * 2)
//! category: type

struct Layer {
    weights: Vec<u32>,
}

struct LayerBuilder {
    weights: Vec<u32>,
}

impl LayerBuilder {
    fn doubled(self) -> Layer {
        let weights = &self.weights;
        Layer { weights: weights.iter().map(|w| w * 2) }
    }
}

fn main() {
    let l = LayerBuilder { weights: vec![1, 2, 3] }.doubled();
    println!("{:?}", l.weights);
}
