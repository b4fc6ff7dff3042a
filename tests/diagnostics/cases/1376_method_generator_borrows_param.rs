//! mistake: a method returns a generator over `self` that also uses the parameter `k`, without `move`: `k` is borrowed past the call
//! offending: k
//! category: ownership
use comprehensions::comp;

struct Series {
    xs: Vec<i32>,
}

impl Series {
    fn scaled(&self, k: i32) -> impl Iterator<Item = i32> + '_ {
        comp!((x * k for x in &self.xs))
    }
}

fn main() {
    let s = Series { xs: vec![1, 2, 3] };
    let v: Vec<i32> = s.scaled(3).collect();
    println!("{v:?}");
}
