use comp::comp;
fn main() {
    let xs = vec![1, 2, 3, 4];
    let v = comp![x * 2 for x in &xs];
    println!("{v:?}");
    let v = comp![x * y for x in &xs if x % 2 == 0 for y in 0..*x];
    println!("{v:?}");
    let d = comp!({x: x * x for x in &xs});
    println!("{d:?}");
    let l: Vec<_> = comp!((x + y for x in &xs for y in &xs if x < y)).collect();
    println!("{l:?}");
    let r = comp![s.parse::<i32>()? for s in ["1", "2"]];
    assert_eq!(r, Ok(vec![1, 2]));
    let r = comp![s.parse::<i32>()? for s in ["1", "x"]];
    println!("{r:?}");
    let w = comp![y for x in &xs if (y := x * 10) > 15];
    println!("{w:?}");
    let t = comp![a if a > 2 else 0 for a in xs.iter().copied()];
    println!("{t:?}");
    let p = comp![k + v for k, v in [(1, 2), (3, 4)]];
    println!("{p:?}");
    let lz: Vec<_> = comp!((s.parse::<i32>()? for s in ["1", "x", "3"])).collect();
    println!("{lz:?}");
}
