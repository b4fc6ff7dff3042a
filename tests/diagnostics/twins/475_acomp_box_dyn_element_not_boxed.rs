//! mistake: acomp annotated Vec<Box<dyn Shape>> whose element is the concrete struct, not boxed
//! offending: load_circle(id).await
//! category: async

trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}

async fn load_circle(id: u32) -> Circle {
    Circle { r: id as f64 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2];
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    for id in ids {
        shapes.push(load_circle(id).await);
    }
    println!("{}", shapes.iter().map(|s| s.area()).sum::<f64>());
}
