// Real US city / state / ZIP / area-code combinations, tagged with the
// communities (ids from communities.ts) that live there in numbers. Only the
// places are real: street names and house numbers are drawn at random, and
// phone numbers use the 555-0100–0199 range reserved for fiction.

export interface Place {
  city: string;
  state: string;
  areaCode: string;
  zips: readonly string[];
  communities: readonly string[];
  weight: number;
}

// city | state | area code | ZIPs | communities | weight
const table = `
Los Angeles|CA|213|90011 90001 90044 90006 90005 90057|mx cam kr ph ir bd|10
Santa Ana|CA|714|92701 92703 92704|mx vn|5
Anaheim|CA|714|92801 92805|mx ar ph|4
Garden Grove|CA|714|92840 92843 92844|vn kr mx|4
Westminster|CA|714|92683|vn|3
San Jose|CA|408|95122 95116 95111|mx vn ph gj|5
San Francisco|CA|415|94110 94112 94133|cam cn ph|4
Oakland|CA|510|94601 94606|mx cam cn kh|4
Fresno|CA|559|93701 93702 93706|mx pj|4
Bakersfield|CA|661|93307 93305|mx pj|3
Riverside|CA|951|92503 92505|mx|3
San Bernardino|CA|909|92410 92411|mx|3
Long Beach|CA|562|90813 90805|kh mx ph|4
Stockton|CA|209|95205 95206|mx kh ph pj|3
Sacramento|CA|916|95815 95823 95824|mx ru pj vn|4
San Diego|CA|619|92105 92113|mx vn ar|4
Chula Vista|CA|619|91910 91911|mx ph|3
Salinas|CA|831|93905 93906|mx|3
Oxnard|CA|805|93030 93033|mx|3
Monterey Park|CA|626|91754|cn|2
El Monte|CA|626|91731 91732 91733|cn mx vn|3
Daly City|CA|650|94014 94015|ph cn|2
Fremont|CA|510|94536 94538|gj pj cn|2
Yuba City|CA|530|95991 95993|pj|2
Irvine|CA|949|92614 92618|ir kr cn|2
Houston|TX|713|77036 77081 77057 77074 77072 77099 77011 77023|mx cam vn cn pk ve wa|10
Dallas|TX|214|75211 75217 75228 75220|mx cam|6
Irving|TX|972|75060 75061 75062|mx gj pk|3
Garland|TX|972|75040 75041 75042|mx vn|3
San Antonio|TX|210|78207 78237|mx|5
Austin|TX|512|78744 78745 78753|mx cam|4
El Paso|TX|915|79905 79907|mx|4
Fort Worth|TX|817|76106 76119 76105|mx|4
McAllen|TX|956|78501|mx|3
Brownsville|TX|956|78520 78521|mx|3
Laredo|TX|956|78040 78041|mx|2
Pasadena|TX|713|77506|mx|2
Sugar Land|TX|281|77478 77479|gj cn pk|2
Arlington|TX|817|76010 76011|mx vn|3
Phoenix|AZ|602|85009 85017 85031 85035 85041|mx|6
Mesa|AZ|480|85201 85210|mx|3
Tucson|AZ|520|85705 85706 85713|mx|3
Las Vegas|NV|702|89101 89110 89115 89121|mx cam ph|5
Albuquerque|NM|505|87105 87108 87121|mx|3
Denver|CO|303|80204 80219 80216|mx cam ve|4
Aurora|CO|303|80010 80011 80012|mx ve wa kr|3
Salt Lake City|UT|801|84104 84116|mx|3
West Valley City|UT|801|84119 84120|mx|2
Seattle|WA|206|98118 98108|vn kh cam|3
Yakima|WA|509|98901 98902|mx|2
Kent|WA|253|98030 98031 98032|mx ru pj|2
Federal Way|WA|253|98003|kr ru ph|2
Pasco|WA|509|99301|mx|2
Portland|OR|503|97266 97233 97220|mx ru vn|3
Salem|OR|503|97301 97305|mx|2
Woodburn|OR|503|97071|mx|1
Nampa|ID|208|83651 83686|mx|1
Chicago|IL|773|60623 60608 60629 60632 60639 60641 60630 60659 60645 60616 60640|mx cam pl pk gj cn vn ar ve|10
Cicero|IL|708|60804|mx|3
Aurora|IL|630|60505 60506|mx|3
Waukegan|IL|847|60085|mx|2
Elgin|IL|847|60120 60123|mx|2
Bronx|NY|718|10453 10457 10458 10468|dr mx wa cam|7
Brooklyn|NY|718|11220 11204 11235 11226 11203 11218 11230|cn mx ru ht bd pk|8
Jackson Heights|NY|718|11372|co bd mx|3
Corona|NY|718|11368|mx cam dr co|4
Elmhurst|NY|718|11373|cn co ph|3
Flushing|NY|718|11354 11355|cn kr|4
Jamaica|NY|718|11432 11433|bd ht|2
Richmond Hill|NY|718|11418 11419|pj|2
Woodside|NY|718|11377|ph co|2
New York|NY|212|10032 10033 10034 10040 10002 10029|dr mx cn|6
Hempstead|NY|516|11550|cam ht|2
Brentwood|NY|631|11717|cam|2
Yonkers|NY|914|10701 10705|dr mx|2
Staten Island|NY|718|10301 10314|mx ru|2
Newark|NJ|973|07105 07104 07107|br dr cam|4
Elizabeth|NJ|908|07201 07202 07206|co cam ht br|3
Paterson|NJ|973|07501 07503 07505 07514|dr ar bd|3
Union City|NJ|201|07087|cam dr co|2
Passaic|NJ|973|07055|mx dr|2
Jersey City|NJ|201|07306 07307|ph gj ar|3
Perth Amboy|NJ|732|08861|dr mx|2
New Brunswick|NJ|732|08901|mx|2
Edison|NJ|732|08817 08820 08837|gj cn|2
Plainfield|NJ|908|07060|cam|2
Trenton|NJ|609|08611 08618|cam|2
Bergenfield|NJ|201|07621|ph|1
Palisades Park|NJ|201|07650|kr|1
Fort Lee|NJ|201|07024|kr|1
Clifton|NJ|973|07011 07013 07014|pl ar|2
Linden|NJ|908|07036|pl ht|1
Boston|MA|617|02128 02124 02126 02122|cam co ht vn|4
Lawrence|MA|978|01841 01843|dr|2
Lynn|MA|781|01902 01904|cam kh|2
Chelsea|MA|617|02150|cam|2
Framingham|MA|508|01702|br|2
Lowell|MA|978|01850 01851 01852 01854|kh br|2
Everett|MA|617|02149|br ht cam|2
Somerville|MA|617|02143 02145|br cam|2
Brockton|MA|508|02301 02302|ht|2
Worcester|MA|508|01603 01604 01610|br vn|2
Malden|MA|781|02148|cn ht|2
Bridgeport|CT|203|06604 06605 06606 06607 06608|br cam|2
Danbury|CT|203|06810|br|2
Stamford|CT|203|06902|cam ht|2
Hartford|CT|860|06106 06114|pl|1
New Haven|CT|203|06511 06513 06519|mx|1
Providence|RI|401|02905 02907 02909|dr cam kh|3
Philadelphia|PA|215|19120 19148 19140 19134 19149|mx kh vn ru pl|5
Allentown|PA|610|18102 18109|dr|2
Reading|PA|610|19601 19602 19604|dr mx|2
Hazleton|PA|570|18201|dr|1
Lancaster|PA|717|17602|mx|1
Silver Spring|MD|301|20902 20903 20904 20906 20910|cam wa|4
Hyattsville|MD|301|20782 20783 20784|cam|4
Gaithersburg|MD|301|20877 20879|cam kr|2
Riverdale|MD|301|20737|cam|2
Germantown|MD|301|20874 20876|cam gj|1
Baltimore|MD|410|21224 21231|cam|2
Alexandria|VA|703|22304 22305 22311 22312|cam wa|3
Arlington|VA|703|22204|cam|2
Annandale|VA|703|22003|kr|2
Falls Church|VA|703|22041 22042 22044|vn|2
Woodbridge|VA|703|22191 22192 22193|cam|2
Manassas|VA|703|20109 20110 20111|cam|2
Herndon|VA|703|20170|cam|1
Centreville|VA|703|20120 20121|kr|1
Fairfax|VA|703|22030 22031|kr ir|1
Washington|DC|202|20009 20010 20011|cam wa|3
Doraville|GA|770|30340 30360|mx kr vn|2
Norcross|GA|770|30071 30092 30093|mx cam|3
Duluth|GA|770|30096 30097|kr|2
Gainesville|GA|770|30501 30504|mx|2
Dalton|GA|706|30720 30721|mx|2
Lawrenceville|GA|770|30043 30044 30045 30046|mx cam|2
Clarkston|GA|404|30021|wa bd|1
Charlotte|NC|704|28205 28212 28217|mx cam vn|4
Raleigh|NC|919|27610 27604|mx|2
Durham|NC|919|27703 27707|mx cam|2
Greensboro|NC|336|27405 27406 27407|mx vn|2
Siler City|NC|919|27344|mx|1
Greenville|SC|864|29605 29611|mx|1
Nashville|TN|615|37211|mx ar|2
Antioch|TN|615|37013|mx cam|2
Miami|FL|305|33125 33135 33142 33127 33137 33138 33172 33178|ve cam ht co|8
North Miami|FL|305|33161|ht|2
Homestead|FL|305|33030 33032 33033 33034|mx cam|2
Hialeah|FL|305|33010 33012 33013|ve co|3
Kissimmee|FL|407|34741 34743 34744 34746|ve co|2
Orlando|FL|407|32822 32839 32807|ve br ht|3
Immokalee|FL|239|34142|mx cam ht|1
Tampa|FL|813|33604 33610 33614|mx ve|2
Pompano Beach|FL|954|33060 33064|br ht|2
Delray Beach|FL|561|33444 33445|ht cam|2
Lake Worth|FL|561|33460 33461 33463|cam ht|2
Dearborn|MI|313|48126 48128|ar|3
Hamtramck|MI|313|48212|bd ar pl|2
Detroit|MI|313|48209 48210|mx|2
Sterling Heights|MI|586|48310 48312|ar|1
Columbus|OH|614|43229 43232|wa mx|2
Cleveland|OH|216|44102 44109|mx|1
Minneapolis|MN|612|55407 55404|mx|2
Milwaukee|WI|414|53204 53215|mx|2
Indianapolis|IN|317|46222 46224|mx|2
Kansas City|KS|913|66102 66104 66105 66106|mx cam|2
Dodge City|KS|620|67801|mx|1
Garden City|KS|620|67846|mx|1
Omaha|NE|402|68107 68105|mx cam|2
Grand Island|NE|308|68801 68803|mx|1
Des Moines|IA|515|50315 50317|mx|1
Springdale|AR|479|72762 72764|mx|2
Oklahoma City|OK|405|73109 73119 73129|mx vn|2
New Orleans|LA|504|70128 70129|vn cam|1
Kenner|LA|504|70062 70065|cam|1
Albertville|AL|256|35950|mx cam|1
Louisville|KY|502|40214 40215 40219|mx|1
Honolulu|HI|808|96817 96819|ph jp kr|2
Waipahu|HI|808|96797|ph|1
Anchorage|AK|907|99504 99508|ph kr|1
`;

export const places: readonly Place[] = table
  .trim()
  .split('\n')
  .map((line) => {
    const [city, state, areaCode, zips, communities, weight] = line.split('|');
    return {
      city: city!,
      state: state!,
      areaCode: areaCode!,
      zips: zips!.split(' '),
      communities: communities!.split(' '),
      weight: Number(weight),
    };
  });

export const streetNames: readonly string[] = (
  'Main,Oak,Maple,Pine,Cedar,Elm,Washington,Lincoln,Jefferson,Madison,Park,Lake,Hill,Sunset,Central,Broadway,' +
  'Church,Mill,Spring,Highland,Walnut,Chestnut,Willow,Franklin,Jackson,Adams,Grant,Cleveland,Garfield,Union,' +
  'Market,Center,River,Forest,Meadow,Valley,Ridge,Orchard,Magnolia,Dogwood,Hickory,Sycamore,Poplar,Birch,Laurel,' +
  'Jasmine,Mission,Alameda,Santa Fe,El Camino,Las Palmas,San Pedro,Cesar Chavez,Martin Luther King Jr,' +
  'Kennedy,Roosevelt,Wilson,Monroe,Hamilton,Liberty,Independence,Prospect,Pleasant,Summit,Harbor,Bay,Beach,Airport'
).split(',');

export const streetSuffixes: readonly (readonly [string, number])[] = [
  ['St', 30],
  ['Ave', 25],
  ['Rd', 10],
  ['Dr', 10],
  ['Blvd', 6],
  ['Ln', 6],
  ['Ct', 5],
  ['Way', 4],
  ['Pl', 3],
  ['Cir', 1],
];

export const ordinalStreets: readonly string[] = [
  '1st',
  '2nd',
  '3rd',
  '4th',
  '5th',
  '6th',
  '7th',
  '8th',
  '9th',
  '10th',
  '11th',
  '12th',
  '14th',
  '16th',
  '18th',
  '21st',
  '23rd',
  '27th',
  '35th',
  '42nd',
];
