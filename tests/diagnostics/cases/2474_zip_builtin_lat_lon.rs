//! mistake: paired latitudes and longitudes with Python's `zip(..)` builtin
//! offending: zip(&lats, &lons)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lats = vec![45.76_f64, 47.32, 48.86];
    let lons = vec![4.84_f64, 5.04, 2.35];
    let points = comp![(*la, *lo) for (la, lo) in zip(&lats, &lons)];
    println!("{points:?}");
}
