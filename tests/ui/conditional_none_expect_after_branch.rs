use comprehensions::comp;

fn main() {
    let readings = vec![12, -1, 30];
    // Python: [v if v >= 0 else None for v in readings]: rustc's
    // `.expect(..)` help lands after the `else` branch, as by hand after
    // its block, not inside the conditional.
    let _ = comp![v if v >= 0 else None for v in readings.clone()];
    let _ = comp![(v, v + 1 if v >= 0 else None) for v in readings.clone()];
    // A dict's value: the help lands after it, not after the whole call.
    let _ = comp!({v: v + 1 if v >= 0 else None for v in readings});
}
