// `unused_parens` on a `for`'s iterable warns as by hand (the UI suite
// denies nothing: these are warnings beside a deliberate error).
use comprehensions::comp;

fn main() {
    let n = 4;
    // Python: [i * i for i in (range(n))], [(i, j) for i in range(2) for j in (range(n)) if j > i]
    let squares = comp![i * i for i in (0..n)];
    let pairs = comp![(i, j) for i in 0..2 for j in (0..n) if j > i];
    // A nested display's first iterable warns too.
    let grid = comp![[r * c for r in (0..n)] for c in 0..2];
    // An open range before a clause needs its parentheses: no warning.
    let evens: Vec<i32> = comp!((i for i in (0..) if i % 2 == 0)).take(2).collect();
    let _: () = (squares, pairs, grid, evens);
}
