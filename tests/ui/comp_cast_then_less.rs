// `x as usize < n`: rustc reads `<` after a cast's type as generic
// arguments; one error on it, with the parenthesized comparison.
use comprehensions::comp;

fn main() {
    let offsets = vec![3_u32, 40];
    let limit = 10_usize;
    let _small = comp![o for o in offsets if o as usize < limit];
}
