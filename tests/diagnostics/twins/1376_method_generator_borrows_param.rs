//! mistake: a method returns a map over `self` that also uses the parameter `k`, without `move`: `k` is borrowed past the call
//! offending: k
//! category: ownership
struct Series {
    xs: Vec<i32>,
}

impl Series {
    fn scaled(&self, k: i32) -> impl Iterator<Item = i32> + '_ {
        self.xs.iter().map(|x| x * k)
    }
}

fn main() {
    let s = Series { xs: vec![1, 2, 3] };
    let v: Vec<i32> = s.scaled(3).collect();
    println!("{v:?}");
}
