//! mistake: a returned lazy iterator uses the parameter `k`, borrowed, without `move`
//! offending: |x| x * k
//! category: ownership
fn scaled<'a>(xs: &'a [f64], k: f64) -> impl Iterator<Item = f64> + 'a {
    xs.iter().map(|x| x * k)
}

fn main() {
    println!("{:?}", scaled(&[1.0, 2.0], 3.0).collect::<Vec<_>>());
}
